# Direct calls from traces with pointer parameters: bytes reach a c_char_p
# parameter in place (C sees the bytes object's own memory, as in CPython,
# whether made by `*`, `+`, slicing or written as a constant), a bytes
# subclass too; POINTER(T) takes a pointer instance, a T instance, byref()
# and None, c_void_p ints (negative ones wrap); 64-bit parameters and
# results keep every bit (unsigned ones wrap); more planned functions than
# a call site keeps apart; a value no direct way takes (None for c_char_p,
# an array for c_void_p) goes the interpreter's way within the same loop.
# (A bytes constant is the one kind C may not write into: Taipan passes a
# copy of it, so it is not written to here.)
import ctypes

libc = ctypes.CDLL("libc.so.6")


def declare(name, argtypes, restype):
    function = getattr(libc, name)
    function.argtypes = argtypes
    function.restype = restype
    return function


strlen = declare("strlen", [ctypes.c_char_p], ctypes.c_size_t)
memchr = declare("memchr", [ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t], ctypes.c_void_p)
memset_bytes = declare("memset", [ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t], ctypes.c_void_p)
memset = declare("memset", [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t], ctypes.c_void_p)
strtoull = declare("strtoull", [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int], ctypes.c_ulonglong)
strtoll = declare("strtoll", [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int], ctypes.c_longlong)
llabs = declare("llabs", [ctypes.c_longlong], ctypes.c_longlong)
labs_unsigned = declare("labs", [ctypes.c_ulong], ctypes.c_ulong)
abs_uint = declare("abs", [ctypes.c_uint], ctypes.c_uint)
IntPointer = ctypes.POINTER(ctypes.c_int)
c_time = declare("time", [ctypes.POINTER(ctypes.c_long)], ctypes.c_long)
frexp = ctypes.CDLL("libm.so.6").frexp
frexp.argtypes = [ctypes.c_double, IntPointer]
frexp.restype = ctypes.c_double


class Bytes(bytes):
    pass


def lengths(n):
    constant = b"constant"
    sub = Bytes(b"sub" * 3)
    out = []
    for i in range(n):
        made = b"ab" * (i % 5) + b"c"
        out.append(strlen(made) + strlen(constant) * 100 + strlen(made[1:]) * 10000)
        out.append(strlen(sub if i % 2 else made))
    return out[:6], sum(out)


def embedded(n):
    out = []
    for i in range(n):
        data = b"ab\x00cd" * (1 + i % 3)
        out.append((strlen(data), strlen(data[3:]), memchr(data, 100, len(data)) is None))
    return out[:3]


def written(n):
    # C writing into a bytes object changes it, as CPython's does
    out = []
    for i in range(n):
        data = b"." * (6 + i % 2)
        memset_bytes(data, 65 + i % 3, 2)
        out.append(data)
    return out[:4]


def pointers(n):
    target = ctypes.c_int()
    pointer = ctypes.pointer(target)
    totals = []
    for argument in (pointer, target, ctypes.byref(target)):
        total = 0.0
        for i in range(1, n):
            target.value = -100
            total += frexp(i * 3.0, argument) + target.value
        totals.append(total)
    stamp = ctypes.c_long()
    times = [c_time(None if i % 2 else ctypes.byref(stamp)) > 10**9 for i in range(n)]
    errors = []
    for bad in (ctypes.c_long(), ctypes.pointer(ctypes.c_long())):
        try:
            errors.append(frexp(2.0, bad))
        except ctypes.ArgumentError as error:
            errors.append(str(error))
    return totals, all(times), stamp.value > 10**9, errors


def wide(n):
    out = []
    for i in range(n):
        out.append(strtoull(b"18446744073709551615", None, 10) - i)
        out.append(strtoll(b"-9007199254740993", None, 10))
        out.append(llabs(-(2**53) - i))
        out.append(labs_unsigned(-i - 1))
    return out[:8], len(set(out))


def narrow(n):
    out = []
    for i in range(n):
        out.append((abs_uint(-5 - i), abs_uint(2**32 + i), abs_uint(2**31 + i)))
    return out[:3]


def fallbacks(n):
    buffer = ctypes.create_string_buffer(8)
    out = []
    for i in range(n):
        argument = None if i % 4 == 0 else b"xyz" * (i % 3)
        out.append(memchr(argument, 120, 0) is None)
        memset(buffer if i % 2 else ctypes.addressof(buffer), 66 + i % 2, 3)
        memset(None, 0, 0)
    return out.count(True), buffer.raw


for f in (lengths, embedded, written, pointers, wide, narrow, fallbacks):
    print(f.__name__, f(1200))
