# ctypes calls into libc and libm: typed foreign functions with argtypes and
# restype (abs, labs, sqrt, cos, hypot), strlen on buffers, structures passed
# by pointer, and qsort with a Python comparison callback.
import ctypes

from _bench import main

libm = ctypes.CDLL("libm.so.6")
libc = ctypes.CDLL("libc.so.6")

cos = libm.cos
cos.argtypes = [ctypes.c_double]
cos.restype = ctypes.c_double
hypot = libm.hypot
hypot.argtypes = [ctypes.c_double, ctypes.c_double]
hypot.restype = ctypes.c_double
sqrt = libm.sqrt
sqrt.argtypes = [ctypes.c_double]
sqrt.restype = ctypes.c_double
c_abs = libc.abs
c_abs.argtypes = [ctypes.c_int]
c_abs.restype = ctypes.c_int
labs = libc.labs
labs.argtypes = [ctypes.c_long]
labs.restype = ctypes.c_long
strlen = libc.strlen
strlen.argtypes = [ctypes.c_char_p]
strlen.restype = ctypes.c_size_t
memset = libc.memset
memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
memset.restype = ctypes.c_void_p
frexp = libm.frexp
frexp.argtypes = [ctypes.c_double, ctypes.POINTER(ctypes.c_int)]
frexp.restype = ctypes.c_double

COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
qsort = libc.qsort
qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, COMPARE]
qsort.restype = None


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


def compare(a, b):
    return (a[0] > b[0]) - (a[0] < b[0])


def kernel(n):
    total = 0.0
    for i in range(n):
        total += cos(i * 0.001) + hypot(i, 3.0) + sqrt(i)
    ints = 0
    for i in range(n):
        ints += labs(-i) + c_abs(3 - i)
    lengths = 0
    for i in range(n // 10):
        lengths += strlen(b"x" * (i % 50))
    exponent = ctypes.c_int()
    mantissas = 0.0
    for i in range(1, n // 10):
        mantissas += frexp(i * 1.5, ctypes.byref(exponent)) + exponent.value
    buffer = ctypes.create_string_buffer(64)
    memset(buffer, 65, 32)
    points = (Point * 100)()
    for i, p in enumerate(points):
        p.x = i * 0.5
        p.y = -i
    spread = sum(hypot(p.x, p.y) for p in points)
    values = (ctypes.c_int * (n // 20))(*[(i * 7919) % 1009 for i in range(n // 20)])
    qsort(values, len(values), ctypes.sizeof(ctypes.c_int), COMPARE(compare))
    return "%.6f %d %d %.6f %s %.6f %d %d" % (
        total, ints, lengths, mantissas, buffer.value[:4], spread, values[0], values[len(values) // 2])


main(kernel, 320000, 2000, iterations=5)
