# Messages name builtin types by CPython's tp_name: module types qualified
# (collections.deque, itertools.count, re.Pattern), builtins and classes bare.
import collections, itertools, re, array, functools, operator, weakref, sys

values = [collections.deque(), itertools.count(), re.compile("a"), array.array("b"),
          functools.partial(len), operator.itemgetter(1), sys.flags, [], 1, object()]
for value in values:
    for op in (hash, len, iter, lambda v: v[0], lambda v: v + 1, lambda v: v < 1, lambda v: v(),
               lambda v: 1 in v, lambda v: -v, lambda v: int(v), lambda v: "%d" % v):
        try:
            op(value)
        except Exception as e:
            print(type(e).__name__, e)
class Local(collections.deque):
    pass
for value in (Local(), type(sys.flags)):
    try:
        hash(value), len(value)
    except TypeError as e:
        print(e)
d = collections.deque()
print(repr(weakref.proxy(d)).split(" at ")[1].split(" to ")[1])
class L(list):
    pass
try:
    L() + 1
except TypeError as e:
    print(e)
p = weakref.proxy(d)
for op in (hash, lambda v: v.nope):
    try:
        op(p)
    except Exception as e:
        print(type(e).__name__, e)
import io
for value in (io.StringIO(), sys.stdout.buffer, iter([]), {}.keys(), memoryview(b"")):
    try:
        hash(value) if not isinstance(value, (io.StringIO,)) else value[0]
    except TypeError as e:
        print(e)
