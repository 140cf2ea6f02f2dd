# Base.method(self, ...) and cls.function in traces: the function itself,
# behind the class's identity and version; rebinding, custom metaclasses,
# staticmethod/classmethod and data descriptors on the metaclass take the
# general way.


class Base:
    def __init__(self, x):
        self.x = x

    def scaled(self, k):
        return self.x * k


class Child(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y

    def scaled(self, k):
        return Base.scaled(self, k) + self.y


def build(n):
    total = 0
    for i in range(n):
        c = Child(i, 1)
        total += c.scaled(2) + Child.scaled(c, 3)
        if i == n // 2:
            Base.scaled = lambda self, k: -k
    return total


print(build(3000))


class Meta(type):
    @property
    def tag(cls):
        return lambda: "meta"


class Tagged(metaclass=Meta):
    def tag():
        return "class"


class Plain:
    def tag():
        return "plain"

    @staticmethod
    def static():
        return "static"

    @classmethod
    def klass(cls):
        return cls.__name__


def lookups(n):
    out = []
    for i in range(n):
        out.append((Tagged.tag(), Plain.tag(), Plain.static(), Plain.klass(), Plain.__name__))
        if i == n - 3:
            Plain.tag = staticmethod(lambda: "rebound")
    return out[-4:]


print(lookups(3000))


def deleted(n):
    class Local:
        def f(self):
            return 1

    results = []
    for i in range(n):
        try:
            results.append(Local.f(None))
        except AttributeError as e:
            results.append(str(e))
        if i == n - 2:
            del Local.f
    return results[-3:]


print(deleted(3000))


class Intercepting(type):
    def __getattribute__(cls, name):
        if name == "tag":
            return lambda: "intercepted"
        return super().__getattribute__(name)


class Watched(metaclass=Intercepting):
    def tag():
        return "class"


def intercepted(n):
    return [Watched.tag() for i in range(n)][-2:]


print(intercepted(3000))
