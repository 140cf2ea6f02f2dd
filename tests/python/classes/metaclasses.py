# Metaclasses: __prepare__, __new__, __init__, __call__, and keyword arguments.
log = []
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        log.append(("prepare", name, kwargs))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), kwargs))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        return super().__call__(*args, **kwargs)

class Thing(metaclass=OrderedMeta, flavour="x"):
    b = 2
    a = 1
    def method(self):
        return self.injected
print(log)
log.clear()
t = Thing()
print(log, t.method(), type(Thing).__name__, type(t).__name__)

class Sub(Thing):
    pass
print(type(Sub).__name__, log[-2:])

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

# most derived metaclass wins
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)

# a function as metaclass
def func_meta(name, bases, ns, **kw):
    ns["made_by"] = "func"
    ns["kw"] = kw
    return type(name, bases, ns)
class F(metaclass=func_meta, option=3):
    pass
print(F.made_by, F.kw, type(F).__name__)

# __prepare__ returning non-mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 1
try:
    class G(metaclass=BadPrepare): pass
except TypeError as e:
    print(type(e).__name__, e)

# unexpected keyword without metaclass support
try:
    class H(unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

# metaclass attributes visible on class, not instance
class WithMetaAttr(type):
    meta_value = "meta"
    def meta_method(cls):
        return cls.__name__
class I(metaclass=WithMetaAttr): pass
print(I.meta_value, I.meta_method())
try:
    I().meta_value
except AttributeError as e:
    print(type(e).__name__, e)

# __new__ returning something else skips __init__
class Weird(type):
    def __call__(cls):
        return 42
class J(metaclass=Weird): pass
print(J())
class K:
    def __new__(cls):
        return "not a K"
    def __init__(self):
        print("never")
print(K())

# type.__new__ signature errors
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
# __class__ cell and metaclass __new__ mutating namespace
class Tracking(type):
    def __new__(mcls, name, bases, ns):
        ns["extra"] = lambda self: "extra"
        return super().__new__(mcls, name, bases, ns)
class L(metaclass=Tracking):
    def get(self):
        return __class__
print(L().extra(), L().get() is L)
