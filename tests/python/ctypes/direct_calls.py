# Calls of a function pointer made many times (after some, Taipan calls
# it directly through one bound signature): every kind of argument still
# converts as ctypes converts it (floats and float subclasses, ints, bools
# and big ints for number parameters, bytes, None and ints for pointers),
# errors keep their messages, and setting argtypes, restype or errcheck
# afterwards takes effect at once.
import ctypes

libc = ctypes.CDLL("libc.so.6")
libm = ctypes.CDLL("libm.so.6")


def attempt(action):
    try:
        return action()
    except Exception as error:
        return "%s: %s" % (type(error).__name__, error)


class Float(float):
    pass


def declare(library, name, argtypes, restype):
    function = getattr(library, name)
    function.argtypes = argtypes
    function.restype = restype
    return function


hypot = declare(libm, "hypot", [ctypes.c_double, ctypes.c_double], ctypes.c_double)
labs = declare(libc, "labs", [ctypes.c_long], ctypes.c_long)
strtoul = declare(libc, "strtoul", [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int], ctypes.c_ulong)
strchr = declare(libc, "strchr", [ctypes.c_char_p, ctypes.c_int], ctypes.c_char_p)
memset = declare(libc, "memset", [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t], None)

for round in range(3):
    out = []
    for i in range(40):
        out.append(hypot(3, 4.0 + i))
        out.append(hypot(Float(0.5), True))
        out.append(labs(-i) + labs(-(2**40)))
        out.append(strtoul(b"ff" * (1 + i % 3), None, 16))
        out.append(strchr(b"hello", 108))
        out.append(strchr(b"hello", 122))
    print(round, out[:12], len(out))
    buffer = ctypes.create_string_buffer(8)
    for i in range(40):
        memset(buffer, 65 + i % 4, 3)
        memset(ctypes.addressof(buffer) + 4, 66, 2)
    print(buffer.raw)

print(attempt(lambda: hypot("x", 1.0)))
print(attempt(lambda: hypot(1.0)))
print(attempt(lambda: hypot(1.0, 2.0, 3.0)))
print(attempt(lambda: hypot(1.0, y=2.0)), hypot(3.0, 4.0, y=1.0))
print(attempt(lambda: labs(2**70)))
print(attempt(lambda: labs(1.5)))
print(attempt(lambda: labs(2**62)), attempt(lambda: labs(-(2**63))))
print(attempt(lambda: strchr("text", 101)), attempt(lambda: strchr(5, 101)))
print(attempt(lambda: strchr(None, 0) if False else "skip"))

hypot.restype = ctypes.c_float
print([hypot(1.0, 1.0) for i in range(3)])
hypot.restype = ctypes.c_double
hypot.errcheck = lambda result, func, args: (result, args)
print(hypot(3.0, 4.0))
hypot.errcheck = None if False else (lambda result, func, args: result * 2)
print([hypot(3.0, 4.0) for i in range(3)])
labs.argtypes = [ctypes.c_int]
print([labs(-(2**32) - 5) for i in range(3)])
labs.argtypes = None
print(attempt(lambda: labs(-3)), attempt(lambda: labs(1.5)))
