class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, value):
        if value < 0:
            raise ValueError("negative")
        self._x = value
    @property
    def broken(self):
        raise AttributeError("inner missing")
    @property
    def error(self):
        raise KeyError("k")
p = P()
print(getattr(p, "x"), hasattr(p, "x"), hasattr(p, "broken"), getattr(p, "broken", "dflt"), hasattr(p, "nope"))
try:
    hasattr(p, "error")
except KeyError as e:
    print(type(e).__name__, e)
try:
    getattr(p, "error", None)
except KeyError as e:
    print(type(e).__name__, e)
setattr(p, "x", 5)
print(p.x)
try:
    setattr(p, "x", -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "x")
except AttributeError as e:
    print(type(e).__name__, e)
class G:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = G()
print(getattr(g, "dyn_a"), hasattr(g, "dyn"), hasattr(g, "other"), getattr(g, "other", 0), g.dynX)
try:
    g.other
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(getattr(s, "a"), hasattr(s, "b"), getattr(s, "b", "unset"))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s.b
except AttributeError as e:
    print(type(e).__name__, e)
class Str(str):
    pass
print(getattr(p, Str("x")), hasattr(p, Str("_x")), setattr(p, Str("y"), 2), p.y, sorted(vars(p)))
for bad in [lambda: getattr(p, 5), lambda: setattr(p, None, 1), lambda: delattr(p, b"x"), lambda: hasattr(p, 1.5), lambda: getattr(1, "real", 0, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(getattr(1, "real"), getattr("a", "upper")(), getattr([], "append").__name__, getattr(int, "__name__"), getattr(type, "__name__"))
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].append = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del [].append
except AttributeError as e:
    print(type(e).__name__, e)
