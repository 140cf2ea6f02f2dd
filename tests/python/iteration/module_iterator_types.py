# Module iterator types: the deque iterators take (deque, index) as CPython's do;
# the others cannot be created from Python (they used to make an unusable object).
from collections import deque
klass = type(reversed(deque()))
fwd = type(iter(deque()))
for s in ('abcd', range(20)):
    print(list(klass(deque(s))), list(fwd(deque(s))))
print(list(fwd(deque("abcdef"), 2)), list(klass(deque("abcdef"), 4)), list(fwd(deque("ab"), 9)), list(fwd(deque("ab"), -3)))
class D(deque):
    pass
print(list(klass(D("xyz"), 1)))
for args in [(), ([1],), (deque(), 1, 2), (deque(), "a"), (deque(), 2**70)]:
    for t in (fwd, klass):
        try:
            t(*args)
        except Exception as e:
            print(t.__name__, type(e).__name__, e)
import array, _string, contextvars
ctx = contextvars.copy_context()
for t in [type(iter(array.array('i'))), type(_string.formatter_parser("")),
          type(_string.formatter_field_name_split("a.b")[1]), type(iter(memoryview(b""))),
          type(iter(ctx)), type(iter(ctx.values())), type(iter(ctx.items()))]:
    try:
        t()
    except TypeError as e:
        print(t.__name__, "TypeError", e)
print(type(_string.formatter_parser("")).__module__, type(_string.formatter_field_name_split("a.b")[1]).__module__)
