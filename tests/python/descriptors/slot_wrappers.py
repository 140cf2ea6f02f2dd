# Slot wrappers: the methods of builtin types that implement slots are
# wrapper_descriptor objects (method-wrapper once bound, with __objclass__),
# other methods method_descriptor; and a builtin type's __name__ and
# __qualname__ cannot be set, no type's deleted.
import types
l = []
print(type(int.__add__).__name__, type(l.__add__).__name__, type(str.lower).__name__, type(l.append).__name__)
print(int.__add__, str.lower, object.__init__)
print(repr(l.__add__).split(" at ")[0])
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__)
print(l.__add__.__name__, l.__add__.__self__ is l, l.__add__.__objclass__, l.__add__.__doc__ == list.__add__.__doc__)
hash(l.__add__)
try:
    l.__add__ < l.__add__
except TypeError as e:
    print("TypeError:", e)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance(object().__str__, types.MethodWrapperType))
print(isinstance((42).__lt__, types.MethodWrapperType), isinstance(int.__lt__, types.WrapperDescriptorType))
print(type(dict.__getitem__).__name__, type(dict.__len__).__name__, type(list.__getitem__).__name__, type(tuple.__getitem__).__name__)
print(type(set.__contains__).__name__, type(str.__contains__).__name__, type({}.__getitem__).__name__)
print(int.__add__(1, 2), l.__add__([1]), int.__add__.__qualname__, int.__add__.__objclass__)
for d in (str.lower, complex.real, float.real, int.__add__):
    print(type(d).__name__, d.__qualname__, d.__objclass__.__qualname__ + '.' + d.__name__)
try:
    types.MethodWrapperType()
except TypeError as e:
    print("TypeError:", e)
import inspect
print(inspect.signature(int.__add__), inspect.signature((1).__add__), inspect.ismethodwrapper(l.__add__), inspect.isroutine(int.__add__))
import pickle, copy
print(pickle.loads(pickle.dumps(int.__add__)) is int.__add__, copy.copy(l.__add__) == l.__add__)
class X:
    pass
for action in (lambda: delattr(X, "__qualname__"), lambda: delattr(X, "__name__"),
               lambda: type.__dict__["__qualname__"].__set__(str, "Oink"),
               lambda: type.__dict__["__name__"].__set__(str, "Oink"),
               lambda: setattr(X, "__qualname__", 5), lambda: setattr(X, "__name__", 5)):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
X.__qualname__ = "Y.Z"
X.__name__ = "W"
print(X.__qualname__, X.__name__, X)
