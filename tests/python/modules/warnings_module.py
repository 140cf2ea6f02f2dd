import _warnings
import warnings

print(_warnings.filters is warnings.filters, _warnings._defaultaction, _warnings._onceregistry)
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry is _warnings._onceregistry)


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno)


warnings.showwarning = show

warnings.warn("hello")
warnings.warn("dep in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("instance"))
warnings.warn("bytes", BytesWarning, 1)


def f():
    warnings.warn("in f", UserWarning, stacklevel=2)


for _ in range(3):
    f()  # default action: once per location
print(sorted(k for k in __warningregistry__ if k != "version"), "version" in __warningregistry__)
warnings.warn("deep", stacklevel=50)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec", RuntimeWarning)
    f()
    f()
    print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.warn("not user", FutureWarning)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
    print("ignored")

with warnings.catch_warnings():
    warnings.simplefilter("once")
    for _ in range(2):
        warnings.warn("once only")
        warnings.warn("once only", SyntaxWarning)

with warnings.catch_warnings():
    warnings.simplefilter("module")
    for _ in range(2):
        f()

warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 3)
warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 3, registry={})
reg = {}
warnings.warn_explicit("reg", UserWarning, "mod.py", 7, "mod", reg)
warnings.warn_explicit("reg", UserWarning, "mod.py", 7, "mod", reg)
print(sorted(k for k in reg if k != "version"))
warnings.warn_explicit(UserWarning("inst"), None, "", 1)

for args in [("x", int), ("x", "notaclass")]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _warnings.warn_explicit("x", UserWarning, "f", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)

with warnings.catch_warnings():
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError:", e)
with warnings.catch_warnings():
    warnings.filters.insert(0, ("error",))
    try:
        warnings.warn("x")
    except ValueError as e:
        print("ValueError:", e)
with warnings.catch_warnings():
    warnings.filters.insert(0, ("error", None, UserWarning, None, 42))
    try:
        warnings.warn_explicit("line filter", UserWarning, "x.py", 42)
    except UserWarning as e:
        print("raised for line 42")
    warnings.warn_explicit("line filter", UserWarning, "x.py", 41)
