# Exceptions: class-specific fields are members (not in __dict__), and
# exceptions pickle and copy through BaseException.__reduce__/__setstate__
# (ImportError adds name/path to the state, OSError puts filenames in args).
import pickle, copy

print(vars(ImportError("m", name="n")), vars(OSError(2, "x", "f")), vars(StopIteration(1)))
print(vars(SyntaxError("m", ("f", 1, 2, "t"))), vars(SystemExit(3)), vars(AttributeError("a", name="n", obj=1)))
e = ImportError("m", name="n")
print(e.name, e.path, e.msg)
e.path = "p"
print(e.path, vars(e))
del e.path
print(e.path)

for e in [BaseException(1, 2), ValueError("x"), ImportError("m", name="n", path="p"), ImportError("m"),
          ImportError("m", name=None), KeyError(3), OSError(2, "nf", "f"), OSError(2, "nf", "f", None, "g"),
          OSError(2, "nf"), StopIteration(7), SystemExit(2), NameError("n", name="x")]:
    print(e.__reduce__())
    e.extra = 5
    print(e.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(e, proto))
    print(type(r).__name__, r.args, r.extra, getattr(r, "name", "-"), str(r))
    c = copy.copy(e)
    print(c.args, vars(c), type(c).__name__)

e = ValueError()
e.__setstate__({"a": 1, "b": 2})
print(vars(e))
e.__setstate__(None)
try:
    e.__setstate__(5)
except TypeError as exc:
    print(exc)

try:
    undefined_name
except NameError as exc:
    print(exc.name)
try:
    object().nope
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__, vars(exc))
try:
    import no_such_module_here
except ImportError as exc:
    print(exc.name, exc.path, vars(exc))
def gen():
    return 5
    yield
try:
    next(gen())
except StopIteration as exc:
    print(exc.value, vars(exc))

e = ImportError("m", name="n", path="p")
e.__init__("again")
print(e.name, e.path, e.__reduce__())
for cls in (ImportError, ModuleNotFoundError, NameError, AttributeError):
    try:
        cls("x", invalid=1)
    except TypeError as exc:
        print(exc)
u = UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "bad")
print(repr(u.object), u.start, vars(u))
u.start = 0
u.__init__("ascii", b"ab", 1, 2, "r")
print(u.start, u.object, str(u))
