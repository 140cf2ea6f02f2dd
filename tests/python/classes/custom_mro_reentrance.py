# Metaclasses that override mro(): the MRO is asked for when a class is made
# (its __mro__ is None meanwhile) and again for it and its subclasses when a
# base's __bases__ changes; mro() may assign __bases__ itself, and a failing
# mro() leaves every MRO as it was.


class Meta(type):
    calls = []

    def mro(cls):
        Meta.calls.append((cls.__name__, cls.__mro__ is None))
        return type.mro(cls)


class A(metaclass=Meta):
    pass


class B(A):
    pass


class C(B):
    pass


print(Meta.calls)
Meta.calls.clear()
A.__bases__ += ()
print(Meta.calls)


# A failing mro() of a subclass: the MROs already changed are put back.
class WorkOnce(type):
    def __new__(mcls, name, bases, ns):
        mcls.flag = 0
        return super().__new__(WorkOnce, name, bases, ns)

    def mro(cls):
        if cls.flag > 0:
            raise RuntimeError("bozo")
        cls.flag += 1
        return type.mro(cls)


class P:
    pass


class P2:
    pass


class D(P):
    pass


class E(D):
    pass


class F(D, metaclass=WorkOnce):
    pass


before = (D.__mro__, E.__mro__)
try:
    D.__bases__ = (P2,)
except RuntimeError as e:
    print("RuntimeError:", e)
print((D.__mro__, E.__mro__) == before, D.__bases__)


# Extending a class whose first mro() is still running.
class Incomplete(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != "X":
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("TypeError:", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError")
        return type.mro(cls)


class G(metaclass=Incomplete):
    pass


print(G.__mro__)


# __bases__ assigned from inside mro() during creation.
step = [0]


class SetsBases(type):
    def mro(cls):
        if step[0] < 1:
            step[0] += 1
            assert cls.__mro__ is None
            cls.__bases__ += ()
        return type.mro(cls)


class H(metaclass=SetsBases):
    pass


print(H.__mro__)


# Reentrant assignments that would make a cycle through the bases.
ready = [False]


class Cyclic(type):
    def mro(cls):
        if ready[0]:
            if cls.__name__ == "B1":
                B2.__bases__ = (B1,)
            if cls.__name__ == "B2":
                B1.__bases__ = (B2,)
        return type.mro(cls)


class Root(metaclass=Cyclic):
    pass


class B1(Root):
    pass


class B2(Root):
    pass


ready[0] = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError:", e)


# A custom mro() that leaves the class out of its own MRO.
class Other:
    pass


class Leaves(type):
    def mro(cls):
        return (Other,)


try:
    class Left(metaclass=Leaves):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.mro(C))
