import types
cm = classmethod(types.GenericAlias)
print(hasattr(cm, "__annotations__"), cm.__wrapped__ is types.GenericAlias)
sm = staticmethod(int)
print(hasattr(sm, "__annotations__"), sm.__doc__ == int.__doc__, sm.__name__)
print(getattr(int, "__annotations__", "missing"), hasattr(int, "__annotations__"))
class M(type):
    pass
class C(metaclass=M):
    x: int
print(C.__annotations__, getattr(C, "__annotations__", None))
def f(a: int) -> str: pass
print(classmethod(f).__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
