# Messages and reprs that name a type a module defines in C use its tp_name,
# "array.array" (CPython's descriptors and type_getattro), not __name__.
import array
import collections
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

A = array.array
print(A.__dict__["typecode"])
print(A.__dict__["itemsize"])
print(collections.deque.__dict__["maxlen"])
attempt("set typecode", lambda: setattr(A("b"), "typecode", "h"))
attempt("del itemsize", lambda: delattr(A("b"), "itemsize"))
attempt("getset on int", lambda: A.__dict__["typecode"].__get__(1))
attempt("getset set on int", lambda: A.__dict__["typecode"].__set__(1, 2))
attempt("method on int", lambda: A.append(1, 2))
attempt("type attribute", lambda: A.missing)
attempt("deque maxlen", lambda: setattr(collections.deque(), "maxlen", 1))
attempt("deque type attribute", lambda: collections.deque.missing)
