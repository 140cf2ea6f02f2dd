# C3 linearisation and its errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), Z.__base__.__name__, object.__bases__, object.__mro__)

def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)

class X: pass
class Y(X): pass
show(lambda: type("Bad", (X, Y), {}))
show(lambda: type("Dup", (X, X), {}))
class P1(A, B): pass
class P2(B, A): pass
show(lambda: type("Conflict", (P1, P2), {}))
show(lambda: type("Bad2", (1,), {}))
show(lambda: type("Bad3", (bool,), {}))
show(lambda: type("Bad4", (int, str), {}))

try:
    class Bad5(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# diamond
class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who(), [k.__name__ for k in Bottom.__mro__])

# custom mro() via metaclass
class ReverseMeta(type):
    def mro(cls):
        return [cls] + list(reversed(type.mro(cls)[1:]))
class R1: x = "R1"
class R2: x = "R2"
class Rev(R1, R2, metaclass=ReverseMeta): pass
print([k.__name__ for k in Rev.__mro__], Rev.x)

# __bases__ assignment
class N1: a = 1
class N2: a = 2
class Swap(N1): pass
print(Swap.a)
Swap.__bases__ = (N2,)
print(Swap.a, [k.__name__ for k in Swap.__mro__])
show(lambda: setattr(Swap, "__bases__", ()))
show(lambda: setattr(Swap, "__bases__", (1,)))
show(lambda: setattr(Swap, "__bases__", (Swap,)))
print(issubclass(Bottom, Base), issubclass(Base, Bottom), Bottom.__subclasses__(), Left.__subclasses__() == [Bottom])
print(isinstance(Bottom(), (int, Right)), issubclass(bool, (str, int)))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: isinstance(1, 1))
