# Exception attributes, custom exception classes, the hierarchy, raising non-exceptions.
class AppError(Exception):
    def __init__(self, code, msg="app failed"):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise AppError(7)
except AppError as e:
    print(e, repr(e), e.args, e.code)

class NoInit(Exception):
    pass
e = NoInit(1, 2)
print(e, repr(e), e.args, str(NoInit()), repr(NoInit("x")))
class StrOnly(Exception):
    def __str__(self):
        return "custom str"
print(str(StrOnly()), repr(StrOnly("a")))
class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuperInit(3)
print(n.args, str(n), n.value)
class ArgsChanged(Exception):
    pass
a = ArgsChanged(1)
a.args = ("changed", 2)
print(a, a.args)
a.args = [1]
print(type(a.args).__name__)

print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "x", "f.txt")))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, IOError is OSError)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(ImportError("m", name="mod").name, NameError("n", name="x").name, AttributeError("a", name="n", obj=1).obj)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid")
print(u.encoding, u.start, u.reason, str(u))

def is_sub(a, b):
    return issubclass(a, b)
print(is_sub(KeyError, LookupError), is_sub(IndexError, LookupError), is_sub(ZeroDivisionError, ArithmeticError))
print(is_sub(RecursionError, RuntimeError), is_sub(NotImplementedError, RuntimeError), is_sub(ModuleNotFoundError, ImportError))
print(is_sub(FileNotFoundError, OSError), is_sub(TimeoutError, OSError), is_sub(UnicodeError, ValueError))
print(is_sub(KeyboardInterrupt, Exception), is_sub(SystemExit, Exception), is_sub(GeneratorExit, Exception))
print(is_sub(StopAsyncIteration, Exception), is_sub(Warning, Exception), is_sub(DeprecationWarning, Warning))
print(BaseException.__bases__, Exception.__mro__)

for exc in [SystemExit, KeyboardInterrupt, GeneratorExit]:
    try:
        try:
            raise exc
        except Exception:
            print("caught by Exception?!")
    except BaseException as be:
        print("not caught by Exception:", type(be).__name__)

def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
def raise_value(v):
    raise v
show(lambda: raise_value(1))
show(lambda: raise_value("message"))
show(lambda: raise_value(object))
show(lambda: raise_value(None))
class NotExc:
    pass
show(lambda: raise_value(NotExc()))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise Exception("a", 1)
except Exception as e:
    print(str(e), e.args)
def bad_except():
    try:
        raise ValueError
    except 5:
        pass
show(bad_except)
def bad_tuple():
    try:
        raise ValueError
    except (ValueError, 5):
        print("matched first element")
show(bad_tuple)
try:
    BaseException.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class WithSlots(Exception):
    __slots__ = ("extra",)
w = WithSlots("m")
w.extra = 1
print(w.extra, w.args)
print(Exception("x") == Exception("x"), hash(Exception) == hash(Exception))
