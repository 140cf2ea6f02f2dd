# Python functions called over and over from native code (sorted's key,
# map, a ctypes callback) run their function traces without a frame when
# they can: what a program sees is the interpreter's — results, exceptions
# raised part-way with their tracebacks, sys._getframe in the callee,
# recursion through a native caller, a callee given new defaults.
import ctypes
import sys
import traceback


def key(x):
    return (x * 7919) % 1009


def run_sorted(n):
    return sorted(range(n), key=key)[:5]


def bad_key(x):
    if x == 77:
        raise KeyError(x)
    return -x


def run_bad():
    try:
        sorted(range(100), key=bad_key)
    except KeyError:
        tb = traceback.format_exc().splitlines()
        return [line.strip() for line in tb if "line" in line]


def peeking(x):
    if x == 90:
        return sys._getframe(1).f_code.co_name
    return x




def depth(n):
    if n == 0:
        return 0
    return 1 + max(map(depth, [n - 1]))


COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
libc = ctypes.CDLL("libc.so.6")
qsort = libc.qsort
qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, COMPARE]
qsort.restype = None


def compare(a, b):
    return (a[0] > b[0]) - (a[0] < b[0])


def run_qsort(n):
    values = (ctypes.c_int * n)(*[(i * 31) % 101 for i in range(n)])
    qsort(values, n, ctypes.sizeof(ctypes.c_int), COMPARE(compare))
    return list(values[:8]), values[n - 1]


def loud(a, b):
    if a[0] == 50:
        raise ZeroDivisionError("in callback")
    return a[0] - b[0]


def run_loud():
    values = (ctypes.c_int * 4)(50, 1, 2, 3)
    old = sys.unraisablehook
    seen = []
    sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
    try:
        qsort(values, 4, 4, COMPARE(loud))
    finally:
        sys.unraisablehook = old
    return seen[:1], len(seen) > 0


def scaled(x, k=2):
    return x * k


def run_defaults():
    first = list(map(scaled, range(50)))[-1]
    scaled.__defaults__ = (3,)
    second = list(map(scaled, range(50)))[-1]
    return first, second


# (Called from the module's frame: a frameless caller of map would be missing
# from f_back, the approximation docs/differences.md describes.)
for _ in range(3):
    print(run_sorted(300), list(map(peeking, range(100)))[-10:], run_qsort(200), run_defaults())
print(run_bad())
print(depth(50))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError")
print(run_loud())
