# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("missing", name))
        if name == "dynamic":
            return "made"
        raise AttributeError(f"no {name!r} here")
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def method(self):
        return "m"

obj = Logged()
obj.x = 1
print(obj.x, obj.dynamic, obj.method())
try:
    obj.nothing
except AttributeError as e:
    print(type(e).__name__, e)
del obj.x
try:
    del obj.x
except AttributeError as e:
    print(type(e).__name__, e)
print(obj.log)
print(getattr(obj, "absent", "default"), hasattr(obj, "absent"))

class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
class BadDir:
    def __dir__(self):
        return 1
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

class GetattributeRaises:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    GetattributeRaises().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    getattr(GetattributeRaises(), "x", None)
except KeyError as e:
    print("getattr default does not swallow", type(e).__name__)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)

class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

# object.__setattr__ on builtins
for target, name in [(1, "x"), ("s", "upper"), (object(), "y")]:
    try:
        setattr(target, name, 0)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(int, "real")
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).bogus
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj)

class AttrErrorInProperty:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(AttrErrorInProperty().broken)

class ClassGetattr(type):
    def __getattr__(cls, name):
        return f"class-level {name}"
class UsesIt(metaclass=ClassGetattr):
    real = 1
print(UsesIt.real, UsesIt.virtual)
try:
    UsesIt().virtual
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(UsesIt) if not n.startswith("__")))
