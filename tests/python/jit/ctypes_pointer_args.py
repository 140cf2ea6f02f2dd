# ctypes calls with pointer parameters in traces: c_char_p takes bytes or
# None, POINTER(T) takes byref() of a T, a T array or a pointer, c_void_p
# takes ints; a value of another class part-way through the loop (a str
# where bytes were, a byref of the wrong type) behaves as in the
# interpreter, ArgumentError included; a c_void_p or c_char_p restype
# gives the interpreter's result.
import ctypes

libc = ctypes.CDLL("libc.so.6")
libm = ctypes.CDLL("libm.so.6")

strlen = libc.strlen
strlen.argtypes = [ctypes.c_char_p]
strlen.restype = ctypes.c_size_t
frexp = libm.frexp
frexp.argtypes = [ctypes.c_double, ctypes.POINTER(ctypes.c_int)]
frexp.restype = ctypes.c_double
memset = libc.memset
memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
memset.restype = ctypes.c_void_p
realpath = libc.realpath
realpath.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
realpath.restype = ctypes.c_void_p
strchr = libc.strchr
strchr.argtypes = [ctypes.c_char_p, ctypes.c_int]
strchr.restype = ctypes.c_char_p


def lengths(n):
    total = 0
    words = [b"x" * (i % 7) for i in range(n)]
    for w in words:
        total += strlen(w)
    return total


def mixed(n):
    out = []
    values = [b"abc", b"", "text", b"zz", 5] * (n // 5)
    for v in values:
        try:
            out.append(strlen(v))
        except ctypes.ArgumentError as e:
            out.append(str(e))
        except Exception as e:
            out.append(type(e).__name__)
    return out[:10], len(out)


def exponents(n):
    e = ctypes.c_int()
    arr = (ctypes.c_int * 1)()
    total = 0.0
    for i in range(1, n):
        total += frexp(i * 1.5, ctypes.byref(e)) + e.value
        total += frexp(i * 0.5, arr) + arr[0]
    bad = []
    for i in range(3):
        try:
            frexp(1.0, ctypes.byref(ctypes.c_long()) if i == 2 else ctypes.byref(e))
            bad.append(e.value)
        except ctypes.ArgumentError as err:
            bad.append(str(err))
    return total, bad


def nulls(n):
    # realpath(NULL, NULL) is NULL (EINVAL): None passes as NULL.
    out = []
    for i in range(n):
        out.append(realpath(None if i % 4 else b"/", None) is None)
    return out[:8], out.count(True)


def fills(n):
    buf = ctypes.create_string_buffer(16)
    results = set()
    for i in range(n):
        r = memset(buf, 65 + i % 3, 4 + i % 5)
        results.add(r == ctypes.addressof(buf))
    return buf.raw, results


def finds(n):
    out = []
    for i in range(n):
        out.append(strchr(b"hello world", 111 + i % 3))
    return out[:4]


for f in (lengths, mixed, exponents, nulls, fills, finds):
    print(f.__name__, f(40))
