# The docstrings of the array module's type, its methods (slot methods
# included), attribute descriptors, iterator methods and
# _array_reconstructor, as help() shows them.
import array

A = array.array
print(A.__doc__)
for name in sorted(A.__dict__):
    if name not in ("__doc__", "__module__", "__hash__", "__getattribute__"):
        print(name, repr(getattr(A, name).__doc__))
it = type(iter(A("b")))
print(repr(it.__doc__))
for name in ("__reduce__", "__setstate__", "__next__", "__iter__"):
    print("iterator", name, repr(getattr(it, name).__doc__))
print(repr(array._array_reconstructor.__doc__))
print(repr(A("b").append.__doc__))
print(repr(A.__new__.__doc__))
