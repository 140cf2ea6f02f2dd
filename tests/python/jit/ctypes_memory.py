# ctypes memory in traces: structure fields, `.value` of simple instances,
# and items of arrays and pointers of number types are read and written
# by the trace itself. Ints wrap as ctypes wraps them (c_int, c_ubyte),
# floats round through c_float, 64-bit fields beyond 2**53 stay exact;
# negative array indices count from the end, out-of-range ones raise
# IndexError and a NULL pointer raises ValueError part-way through a loop;
# byte-swapped types, bit fields and structure-typed fields still work;
# `_objects` stays as the interpreter leaves it.
import ctypes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_float), ("n", ctypes.c_int),
                ("b", ctypes.c_ubyte), ("big", ctypes.c_longlong)]


class Flags(ctypes.Structure):
    _fields_ = [("lo", ctypes.c_uint, 3), ("hi", ctypes.c_uint, 5)]


class Swapped(ctypes.BigEndianStructure):
    _fields_ = [("v", ctypes.c_int)]


class Outer(ctypes.Structure):
    _fields_ = [("p", Point), ("k", ctypes.c_short)]


class MyInt(ctypes.c_int):
    pass


def fields(n):
    p = Point()
    total = 0.0
    for i in range(n):
        p.x = i * 0.25
        p.y = i / 3
        p.n = i * 300000000
        p.b = i * 7
        p.big = 2 ** 60 + i
        total += p.x + p.y + p.n + p.b
    return total, p.x, p.y, p.n, p.b, p.big, p._objects


def values(n):
    c = ctypes.c_int(0)
    d = ctypes.c_double(1.0)
    m = MyInt(5)
    u = ctypes.c_uint8(0)
    for i in range(n):
        c.value = c.value + 1000000000
        d.value = d.value * 1.5
        m.value += 2
        u.value = u.value + 100
    return c.value, d.value, m.value, u.value, type(m.value).__name__


def arrays(n):
    a = (ctypes.c_int * 8)()
    f = (ctypes.c_double * 8)()
    for i in range(n):
        a[i % 8] = a[i % 8] + i
        f[-1 - i % 8] = f[i % 8] + 0.5
    return list(a), list(f)


def out_of_range(n):
    a = (ctypes.c_short * 5)(1, 2, 3, 4, 5)
    seen = 0
    try:
        for i in range(n):
            seen += a[i]
    except IndexError as e:
        return "IndexError", str(e), seen


def pointers(n):
    buf = (ctypes.c_long * 4)(10, 20, 30, 40)
    p = ctypes.cast(buf, ctypes.POINTER(ctypes.c_long))
    q = ctypes.pointer(ctypes.c_float(0.1))
    total = 0
    for i in range(n):
        p[i % 4] = p[i % 4] * 3 + 1
        total += p[(i + 1) % 4]
        q[0] = q[0] + 0.1
    return total, list(buf), q[0], q.contents.value


def null_pointer(n):
    ptrs = [ctypes.pointer(ctypes.c_int(i)) for i in range(n)]
    ptrs[n - 3] = ctypes.POINTER(ctypes.c_int)()
    total = 0
    try:
        for p in ptrs:
            total += p[0]
    except ValueError as e:
        return "ValueError", str(e), total


def others(n):
    f = Flags()
    s = Swapped()
    o = Outer()
    total = 0
    for i in range(n):
        f.lo = i
        f.hi = i
        s.v = i * 65537
        o.p.n = i
        o.k = i * 1000
        total += f.lo + f.hi + s.v + o.p.n + o.k
    return total, bytes(s), o.k


def generic(n):
    # getset descriptors of builtin types: read and written by their own functions.
    total = 0.0
    e = ValueError("x")
    for i in range(n):
        z = complex(i, -i)
        total += z.real - z.imag
        e.args = (i,)
        total += e.args[0]
        s = slice(i, None, 2)
        total += s.start
    try:
        for i in range(n):
            e.__traceback__ = i
    except TypeError as error:
        return total, str(error)


for f in (fields, values, arrays, pointers, others, generic):
    print(f.__name__, f(50))
print(out_of_range(60))
print(null_pointer(40))
