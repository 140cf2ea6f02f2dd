# __set_name__ call order and arguments, across inheritance, type() and metaclasses.
log = []
class Named:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append((self.tag, owner.__name__, name))

class A:
    first = Named(1)
    second = Named(2)
    third = Named(3)
print(log)
log.clear()

shared = Named("shared")
class B:
    x = shared
    y = shared
print(log)
log.clear()

class C(A):
    fourth = Named(4)
print(log)
log.clear()

D = type("D", (), {"dyn": Named("dyn"), "other": 5})
print(log)
log.clear()

class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(("meta new start", name))
        cls = super().__new__(mcls, name, bases, ns)
        log.append(("meta new end", name))
        return cls
    def __init__(cls, name, bases, ns):
        log.append(("meta init", name))
        super().__init__(name, bases, ns)
class E(metaclass=Meta):
    attr = Named("in meta class")
    def __init_subclass__(cls):
        log.append(("init_subclass", cls.__name__))
class F(E):
    attr2 = Named("sub")
print(log)
log.clear()

class NotCallable:
    __set_name__ = 5
try:
    class G:
        bad = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class SetNameOnClassAttr:
    def __set_name__(self, owner, name):
        log.append(("set_name via class attribute", name))
class Holder:
    pass
Holder.late = SetNameOnClassAttr()
print(log)
class InstanceOnly:
    pass
io = InstanceOnly()
io.__set_name__ = lambda owner, name: log.append("instance attribute ignored")
class H:
    attr = io
print(log)

class Mutating:
    def __set_name__(self, owner, name):
        setattr(owner, name + "_extra", "added during set_name")
class I:
    m = Mutating()
print(I.m_extra)
