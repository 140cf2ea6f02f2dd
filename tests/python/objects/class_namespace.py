# A metaclass __prepare__ returning a dict subclass: its __setitem__/__getitem__
# see the class body's names (as enum's _EnumDict relies on); type(name, bases,
# ns) hands over to a more derived metaclass; builtin types have __doc__.


class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value * 2 if isinstance(value, int) else value)

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwds):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in getattr(ns, "order", ns) if not k.startswith("__")]
        cls.kwds = kwds
        return cls


class C(metaclass=Meta):
    a = 1
    b = a + 1
    c = magic
    del b


print(C.order, C.a, C.c, hasattr(C, "b"))
D = type("D", (C,), {"x": 1}, flag=True)
print(type(D).__name__, D.kwds, D.x)
print(None.__doc__, int.__doc__ is None or isinstance(int.__doc__, str), type.__module__)
