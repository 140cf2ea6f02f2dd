# Subclasses of super (built by super.__init__, rebound through __get__ as
# the subclass) and super() with a proxy whose __class__ names the class.


class A:
    def meth(self, a):
        return "A(%r)" % a


class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)


class E(A):
    def meth(self, a):
        s = mysuper(E, self)
        return "E(%r)[%s]" % (a, type(s).__name__) + s.meth(a)


class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, type(s).__name__) + s.meth(a)


F._F__super = mysuper(F)
print(E().meth(5))
print(F().meth(6))
print(repr(mysuper.__new__(mysuper)))


class Proxy:
    def __init__(self, obj):
        self.__obj = obj

    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)


class Base:
    def f(self):
        return "Base.f"


class Derived(Base):
    def f(self):
        return super(Derived, self).f() + "->Derived.f"


p = Proxy(Derived())
print(Derived.__dict__["f"](p))
print(isinstance(p, Derived), isinstance(p, Base), isinstance(p, int))
s = super(Derived, p)
print(s.__self__ is p, s.__self_class__.__name__)
try:
    super(Derived, 42)
except TypeError as e:
    print("TypeError", e)
