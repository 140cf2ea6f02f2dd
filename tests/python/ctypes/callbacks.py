# C callbacks from Python callables (CFUNCTYPE): qsort and bsearch with a
# Python comparator, callbacks called directly, argument and result
# conversions, and exceptions inside callbacks (reported, not propagated).
from ctypes import *
import sys

libc = CDLL("libc.so.6")

CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []


def compare(a, b):
    calls.append(1)
    return (a[0] > b[0]) - (a[0] < b[0])


values = (c_int * 10)(5, 3, 9, 1, 7, 2, 8, 6, 4, 0)
qsort = libc.qsort
qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMP]
qsort.restype = None
callback = CMP(compare)
qsort(values, len(values), sizeof(c_int), callback)
print(values[:], len(calls) > 0, type(callback).__name__, bool(callback))

bsearch = libc.bsearch
bsearch.argtypes = [POINTER(c_int), c_void_p, c_size_t, c_size_t, CMP]
bsearch.restype = POINTER(c_int)
found = bsearch(byref(c_int(7)), values, len(values), sizeof(c_int), callback)
missing = bsearch(byref(c_int(42)), values, len(values), sizeof(c_int), callback)
print(found[0], bool(missing), addressof(found.contents) - addressof(values))

# sorting structures by a field, through a lambda
class Pair(Structure):
    _fields_ = [("key", c_int), ("name", c_char * 8)]


PCMP = CFUNCTYPE(c_int, POINTER(Pair), POINTER(Pair))
pairs = (Pair * 4)((3, b"c"), (1, b"a"), (4, b"d"), (2, b"b"))
libc["qsort"](pairs, 4, sizeof(Pair), PCMP(lambda x, y: x[0].key - y[0].key))
print([(p.key, p.name) for p in pairs])
try:
    qsort(pairs, 4, sizeof(Pair), PCMP(lambda x, y: 0))
except ArgumentError as error:
    print(type(error).__module__, error)

# callbacks are callable from Python too (through C)
ADD = CFUNCTYPE(c_int, c_int, c_int)
add = ADD(lambda x, y: x + y)
print(add(2, 3), add(2**31 - 1, 1))
DOUBLE = CFUNCTYPE(c_double, c_double, c_float, c_longlong)
print(DOUBLE(lambda x, y, z: x * y + z)(1.5, 2.0, 2**40))
CHARS = CFUNCTYPE(c_char_p, c_char_p)
keep = []


def upper(text):
    result = text.upper()
    keep.append(result)
    return result


print(CHARS(upper)(b"shout"))
VOID = CFUNCTYPE(None, c_int)
seen = []
print(VOID(seen.append)(5), seen)
BOOL = CFUNCTYPE(c_bool, c_void_p)
print(BOOL(lambda p: p is None)(None), BOOL(lambda p: p)(1234))


class Reporter:
    """A callable with a stable repr, so the report does not show an address."""

    def __init__(self, action):
        self.action = action

    def __call__(self, *args):
        return self.action(*args)

    def __repr__(self):
        return "<Reporter>"


# After an exception the callback's result is undefined (not printed here).
INT = CFUNCTYPE(c_int, c_int)
failing = INT(Reporter(lambda x: 1 // x))
sys.stdout.flush()
failing(0)
sys.stdout.flush()
print("after the report")

captured = []
sys.unraisablehook = lambda unraisable: captured.append(
    (unraisable.exc_type.__name__, unraisable.err_msg, repr(unraisable.object)))
failing(0)
INT(Reporter(lambda x: "not an int"))(1)
print(captured)
sys.unraisablehook = sys.__unraisablehook__

print(CMP._restype_.__name__, [t.__name__ for t in CMP._argtypes_], CMP._flags_)
try:
    CFUNCTYPE(c_int, c_int)(42.0)
except TypeError as error:
    print("TypeError", error)
print(bool(CMP()))

# c_void_p arguments: ints, NULL as None, full 64-bit addresses
seen_pointers = []
VOIDS = CFUNCTYPE(c_int, c_void_p, c_void_p)
voids = VOIDS(lambda a, b: seen_pointers.append((a, b)) or 0)
voids(None, 0)
voids(1, 2**63 + 5)
voids(2**64 - 1, 12345)
holder = create_string_buffer(4)
voids(holder, addressof(holder))
print(seen_pointers[:3], seen_pointers[3][0] == seen_pointers[3][1])
