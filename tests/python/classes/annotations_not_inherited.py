# __annotations__ of classes and modules (Python 3.10+): a class reads its own,
# never a base's (an empty dict is created and stored when it has none); a
# module without annotations gets an empty dict too. Builtin types have none.
class A:
    attr: int
class B(A):
    pass
class C(A):
    attr: str
print(A.__annotations__, B.__annotations__, C.__annotations__, B.__dict__.get('__annotations__'))
print(A().__annotations__, B().__annotations__)
try: int.__annotations__
except AttributeError as e: print(e)
try: int.__annotations__ = {}
except TypeError as e: print(e)
class D: pass
try: del D.__annotations__
except AttributeError as e: print('AE', e)
D.__annotations__ = {'a': 1}
print(D.__annotations__); del D.__annotations__; print(D.__annotations__)
print('__annotations__' in dir(D), '__annotations__' in dir(type))
print(hasattr(type, '__annotations__'))
class M(type): pass
class E(metaclass=M): x: int
print(E.__annotations__)
import types, sys
m = types.ModuleType("m")
print(m.__annotations__, m.__dict__.get("__annotations__"))
m.__annotations__ = {"a": int}
print(m.__annotations__)
del m.__annotations__
print("__annotations__" in m.__dict__)
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(m.__annotations__)
import json
print(json.__annotations__)
x: int = 1
print(sys.modules[__name__].__annotations__)
print(type(m).__dict__["__annotations__"])
