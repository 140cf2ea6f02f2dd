# A C function called from a trace may call back into Python (qsort with a
# Python comparison): what the trace read before the call (a list item, an
# instance attribute, a global, a list's length, a cell) must be read again
# after it, as the interpreter would.
import ctypes

libc = ctypes.CDLL(None)
CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
qsort = libc.qsort
qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMP]
qsort.restype = None

state = [0]
seen = []
counter = 0


class Box:
    pass


box = Box()
box.v = 0


def cmp(a, b):
    global counter
    state[0] += 1
    box.v += 2
    counter += 3
    seen.append(1)
    return a[0] - b[0]


callback = CMP(cmp)
arr = (ctypes.c_int * 3)(3, 1, 2)


def calls(n):
    total = 0
    for i in range(n):
        x = state[0] + box.v + counter + len(seen)
        arr[0], arr[1], arr[2] = 3, 1, 2
        qsort(arr, 3, 4, callback)
        y = state[0] + box.v + counter + len(seen)
        total += y - x
    return total


def closure(n):
    cell = [0]
    k = 0

    def bump(a, b):
        nonlocal k
        k += 1
        return a[0] - b[0]

    bumper = CMP(bump)
    total = 0
    for i in range(n):
        before = k
        arr[0], arr[1], arr[2] = 3, 1, 2
        qsort(arr, 3, 4, bumper)
        total += k - before
    return total


bsearch = libc.bsearch
bsearch.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMP]
bsearch.restype = ctypes.c_void_p


def searches(n):
    # The trace leaves right after a call that ran a callback: the call's
    # result goes on in the interpreter (and in a bridge, later).
    table = (ctypes.c_int * 8)(1, 3, 5, 7, 9, 11, 13, 15)
    key = ctypes.c_int(0)
    base = ctypes.addressof(table)
    found = []
    for i in range(n):
        key.value = i % 17
        before = state[0]
        where = bsearch(ctypes.byref(key), table, 8, 4, callback)
        found.append((None if where is None else (where - base) // 4, state[0] - before > 0))
    return found[:17], len(found)


print(searches(300))
print(calls(400), state[0], box.v, counter, len(seen), list(arr))
print(closure(400))
