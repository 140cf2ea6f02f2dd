# Explicit two-argument super, unbound super, and super objects' attributes.
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A:" + cls.__name__
    @property
    def prop(self):
        return "A.prop"
    x = "A.x"

class B(A):
    def who(self):
        return "B"
    x = "B.x"

class C(B):
    def who(self):
        return "C"

c = C()
print(super(C, c).who(), super(B, c).who(), super(C, C).cwho(), super(B, C).cwho())
print(super(C, c).prop, super(C, c).x, super(B, c).x)
s = super(C, c)
print(type(s).__name__, s.__thisclass__ is C, s.__self__ is c, s.__self_class__ is C)
print(repr(s).startswith("<super: <class 'C'>, <C object>>"))
u = super(C)
print(u.__self__, u.__self_class__, u.__thisclass__ is C, repr(u))
print(u.__get__(c).who())
try:
    super(C, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, c).missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(A, A()).who()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, c).prop = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(super(C, c).__class__ is super, super(C, c).__doc__ is None)
print(super(bool, True).__add__(2))

class Meta(type):
    def describe(cls):
        return "meta " + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(super(Meta, WithMeta).__repr__().startswith("<class"))

class DescrBase:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
class DescrChild(DescrBase):
    def __setattr__(self, name, value):
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
d = DescrChild()
d.name = "abc"
print(d.name)

class ClassAttrSuper(A):
    def get(self):
        return super().__class__, super().x
print(ClassAttrSuper().get())
