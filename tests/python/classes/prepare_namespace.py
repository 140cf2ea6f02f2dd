# __prepare__ may return any mapping; the class body stores into it.
class Recording:
    def __init__(self):
        self.data = {}
        self.order = []
    def __getitem__(self, key):
        return self.data[key]
    def __setitem__(self, key, value):
        self.order.append(key)
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns.data))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

class C(metaclass=Meta):
    x: int = 1
    y = x + 1
    def f(self):
        return "f"
    z = [y]
    del z
print(C.order, C.y, C().f(), hasattr(C, "z"), C.__annotations__)

class NoLookup(dict):
    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoLookup()
class D(metaclass=M2):
    value = magic
print(D.value)

class Dup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate {key!r}")
        super().__setitem__(key, value)
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Dup()
try:
    class E(metaclass=M3):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)

class NotMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return [1]
try:
    class F(metaclass=NotMapping):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Passes(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
try:
    class G(metaclass=Passes):
        a = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("X", ()), type.__prepare__())
