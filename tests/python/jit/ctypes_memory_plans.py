# ctypes memory plans shared between sites and objects: one plan per field,
# class and direction is used by every site of a trace, and a pointer plan
# remembers the region of its last target, so reads alternating between
# far-apart memory (a ctypes array and a malloc'd block), pointers moved
# with pointer arithmetic, negative indices and 64-bit values at the edges
# of the safe-integer range must all read what the interpreter reads. A
# trace reads the same memory once until something may write it: a store
# through another object, a C call, a Python call all make it read again,
# and a read whose value is unused still raises.
import ctypes

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]

IntP = ctypes.POINTER(ctypes.c_int)


def alternate(n):
    local = (ctypes.c_int * 4)(1, 2, 3, 4)
    block = libc.malloc(4096)
    far = ctypes.cast(block, IntP)
    for i in range(1024):
        far[i] = i * 3
    near = ctypes.cast(local, IntP)
    total = 0
    for i in range(n):
        total += near[i % 4] * 1000 + far[i % 1024] + near[i % 4]
        far[(i * 7) % 1024] = far[(i * 7) % 1024] + near[0]
    shifted = ctypes.cast(ctypes.addressof(local) + 8, IntP)
    for i in range(n):
        total += shifted[-1] + shifted[-2] + shifted[1]
    result = total, far[0], far[7], far[1023]
    libc.free(block)
    return result


def wide(n):
    big = (ctypes.c_longlong * 6)(2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 53, -(2 ** 53), 2 ** 63 - 1, -(2 ** 63))
    ubig = (ctypes.c_ulonglong * 4)(2 ** 53 - 1, 2 ** 53, 2 ** 64 - 1, 0)
    p = ctypes.cast(big, ctypes.POINTER(ctypes.c_longlong))
    q = ctypes.cast(ubig, ctypes.POINTER(ctypes.c_ulonglong))
    seen = []
    for i in range(n):
        seen.append((big[i % 6], p[i % 6] - 1, ubig[i % 4], q[i % 4] + 1, big[-1 - i % 6] - 1))
    for i in range(n):
        ubig[3] = ubig[3] + 2 ** 52
        p[0] = p[0] - 1
    return seen[:6], ubig[3], big[0], [type(v).__name__ for v in seen[5]]


class Pair(ctypes.Structure):
    _fields_ = [("a", ctypes.c_short), ("b", ctypes.c_short), ("d", ctypes.c_float)]


def shared_sites(n):
    items = (Pair * 3)()
    total = 0.0
    for i in range(n):
        p = items[i % 3]
        p.a = p.a + 20000
        p.b = p.a - p.b
        p.d = p.d + p.a / 7
        total += p.a + p.b + p.d
    return round(total, 3), [(x.a, x.b, round(x.d, 3)) for x in items]


def fresh_pointers(n):
    # A new pointer object at every iteration, to memory moving across arrays.
    arrays = [(ctypes.c_double * 3)(i, i + 0.5, i + 0.25) for i in range(5)]
    total = 0.0
    for i in range(n):
        p = ctypes.cast(arrays[i % 5], ctypes.POINTER(ctypes.c_double))
        total += p[0] + p[1] * p[2]
        p[2] = p[2] + 1
    return total, [list(a) for a in arrays]


def poke(arr, i):
    arr[1] = i * 5


def rereads(n):
    a = (ctypes.c_int * 2)()
    p = ctypes.cast(a, IntP)
    q = ctypes.cast(a, IntP)
    s = Pair()
    src = (ctypes.c_int * 1)(-77)
    total = 0
    for i in range(n):
        x = p[0] + p[0]
        q[0] = i  # another object, the same memory
        y = p[0] + p[0]
        libc.memset(a, i & 0x7f, 4)  # C writes it
        z = p[0] + p[1]
        poke(a, i)  # Python code writes it
        w = p[1] + a[1] + p[1]
        ctypes.memmove(a, src, 4)  # a residual call writes it
        w += p[0] + p[0]
        s.a = i
        v = s.a + s.a
        s.a = -i
        total += x + y + z + w + v + s.a
    return total


def unused_read(n):
    ptrs = [ctypes.pointer(ctypes.c_int(i)) for i in range(n)]
    ptrs[n - 2] = IntP()
    count = 0
    try:
        for p in ptrs:
            p[0]
            count += 1
    except ValueError as e:
        return count, str(e)


libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
print(alternate(300))
print(rereads(200))
print(unused_read(50))
print(wide(40))
print(shared_sites(200))
print(fresh_pointers(100))
