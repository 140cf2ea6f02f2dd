# str() and repr() of builtin exceptions across argument counts, and errno-based OSError subclasses.
import errno
for cls in [Exception, ValueError, KeyError, IndexError, StopIteration, SystemExit, OSError, UnicodeError]:
    for args in [(), ("one",), ("a", 2), (None,), ((1, 2),)]:
        e = cls(*args)
        print(cls.__name__, args, "| str:", str(e), "| repr:", repr(e))
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError("")), repr(KeyError()))
for code in [errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EPIPE,
             errno.ECHILD, errno.EINTR, errno.EAGAIN, errno.ECONNREFUSED, errno.ETIMEDOUT, 99999]:
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, str(e))
e = OSError(errno.ENOENT, "No such file or directory", "a.txt", 0, "b.txt")
print(str(e), e.filename, e.filename2, e.args)
e = FileNotFoundError("just a message")
print(str(e), e.errno, e.args)
print(str(OSError("a", "b", "c", "d", "e", "f")), OSError("a", "b", "c", "d", "e", "f").errno)
print(repr(StopIteration()), StopIteration().value, StopIteration(1, 2).value)
print(repr(SyntaxError("msg", ("f.py", 1, 2, "text", 1, 3))), SyntaxError("msg", ("f.py", 1, 2, "text", 1, 3)).lineno)
print(str(SyntaxError("invalid", ("f.py", 3, 1, "x y", 3, 2))))
print(repr(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
print(repr(ExceptionGroup("group", [ValueError(1)])), str(ExceptionGroup("group", [ValueError(1), KeyError(2)])))
class Custom(Exception):
    pass
print(repr(Custom()), repr(Custom("x", 1)), str(Custom([1])))
class CustomRepr(Exception):
    def __repr__(self):
        return "CustomRepr!"
print(repr(CustomRepr()), str(CustomRepr("s")), repr([CustomRepr()]))
print(repr(BaseException()), str(BaseException("b")), repr(KeyboardInterrupt()), repr(GeneratorExit()))
