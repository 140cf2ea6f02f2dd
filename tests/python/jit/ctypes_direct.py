# ctypes calls in traces: a function pointer with number argtypes and
# restype is called directly (floats unboxed); ints wrap to the C type as
# ctypes wraps them, 64-bit results beyond 2**53 stay exact, a void
# function gives None; changing argtypes, restype or errcheck while the
# loop runs takes effect at once, and bad arguments raise ArgumentError.
import ctypes

libc = ctypes.CDLL("libc.so.6")
libm = ctypes.CDLL("libm.so.6")



def declare(library, name, argtypes, restype):
    function = getattr(library, name)
    function.argtypes = argtypes
    function.restype = restype
    return function


c_abs = declare(libc, "abs", [ctypes.c_int], ctypes.c_int)
llabs = declare(libc, "llabs", [ctypes.c_longlong], ctypes.c_longlong)
cos = declare(libm, "cos", [ctypes.c_double], ctypes.c_double)
ldexpf = declare(libm, "ldexpf", [ctypes.c_float, ctypes.c_int], ctypes.c_float)
toupper = declare(libc, "toupper", [ctypes.c_ubyte], ctypes.c_int)
srand = declare(libc, "srand", [ctypes.c_uint], None)


def loop(n):
    out = []
    total = 0.0
    for i in range(n):
        total += cos(i * 0.25) + cos(i)
        a = c_abs(3 - i) + c_abs(2 ** 31 + 5 + i % 3)
        b = llabs(-(2 ** 62) - i % 5)
        c = ldexpf(1.5, i % 7) + ldexpf(i, 2)
        d = toupper(97 + i % 26 + 256)
        e = srand(i - 1)
        if i % 400 == 0:
            out.append((a, b, c, d, e))
    return round(total, 6), out


print(loop(2000))


def switching(n):
    results = []
    for i in range(n):
        if i == n // 2:
            c_abs.restype = ctypes.c_ubyte
        if i == 3 * n // 4:
            c_abs.errcheck = lambda result, func, args: result * 10
        results.append(c_abs(-300 - i))
    return results[0], results[n // 2], results[-1]


print(switching(1200))
c_abs.restype = ctypes.c_int
del c_abs.errcheck


def bad(n):
    caught = 0
    for i in range(n):
        try:
            c_abs(1.5 if i % 500 == 499 else i)
        except ctypes.ArgumentError as e:
            caught += 1
            message = str(e)
    return caught, message


print(bad(2000))
