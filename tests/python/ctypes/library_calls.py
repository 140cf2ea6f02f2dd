# Calling C libraries: CDLL of libc/libm/libz, argtypes and restype, the
# default conversions without argtypes, variadic functions, errcheck,
# paramflags prototypes, errno, and the errors for missing libraries and
# symbols or unconvertible arguments.
import ctypes
from ctypes import *
from ctypes.util import find_library


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


print(find_library("c"), find_library("m"), find_library("z"), find_library("no_such_lib_xyz"))
libc = CDLL("libc.so.6", use_errno=True)
libm = CDLL(find_library("m"))
libz = CDLL(find_library("z"))
print(type(libc._handle).__name__, libc._name, type(libc.strlen).__name__, libc.strlen.__name__)
print(libc.strlen is libc.strlen, libc["strlen"] is libc.strlen)

# default conversions: int -> C int, bytes/str -> pointers, None -> NULL
print(libc.strlen(b"hello"), libc.abs(-5), libc.abs(2**32 - 3), libc.atoi(b"  42x"))
print(libc.wcslen("h\u00e9llo"), libc.strchr(b"abc", 0) != 0)
attempt("float without argtypes", lambda: libm.sqrt(2.0))
attempt("huge int", lambda: libc.abs(2**70))

sqrt = libm.sqrt
sqrt.argtypes = [c_double]
sqrt.restype = c_double
print(sqrt(2.0), sqrt(16), libm.sqrt.argtypes, libm.sqrt.restype.__name__)
pow_ = libm.pow
pow_.argtypes = (c_double, c_double)
pow_.restype = c_double
print(pow_(2, 10), pow_(2.5, 2))
attempt("wrong type", lambda: sqrt("x"))
attempt("too few", lambda: sqrt())

labs = libc.labs
labs.argtypes = [c_long]
labs.restype = c_long
print(labs(-2**40), labs(7))
attempt("long from float", lambda: labs(1.5))

strchr = libc.strchr
strchr.argtypes = [c_char_p, c_int]
strchr.restype = c_char_p
print(strchr(b"hello world", ord("w")), strchr(b"hello", ord("z")))

toupper = libc.toupper
toupper.restype = c_char
print(toupper(ord("q")))

getenv = libc.getenv
getenv.restype = c_char_p
getenv.argtypes = [c_char_p]
print(getenv(b"NO_SUCH_VARIABLE_XYZ"))

buffer = create_string_buffer(64)
count = libc.snprintf(buffer, 64, b"%d-%s-%.2f-%c-%lld", 42, b"abc", c_double(3.14159), ord("Z"),
                      c_longlong(2**40))
print(count, buffer.value)
libc.sprintf(buffer, b"%5.1f|%-4d|%x", c_double(-2.25), 7, 255)
print(buffer.value)

# frexp fills an int through a pointer (byref and pointer both work)
frexp = libm.frexp
frexp.argtypes = [c_double, POINTER(c_int)]
frexp.restype = c_double
exponent = c_int()
print(frexp(48.0, byref(exponent)), exponent.value, frexp(0.75, pointer(exponent)), exponent.value)
attempt("frexp wrong pointer", lambda: frexp(1.0, byref(c_double())))

# restype as a callable, errcheck, paramflags
strlen = libc.strlen
strlen.argtypes = [c_char_p]
strlen.restype = lambda value: value * 100
print(strlen(b"abc"))
strlen.restype = c_size_t


def check(result, func, args):
    print("errcheck", result, func.__name__, args)
    return result + 1


strlen.errcheck = check
print(strlen(b"four"))
del strlen.errcheck
attempt("errcheck None", lambda: setattr(strlen, "errcheck", None))

prototype = CFUNCTYPE(c_double, c_double, POINTER(c_int))
frexp2 = prototype(("frexp", libm), ((1, "x"), (2, "exp")))
print(frexp2(12.0), frexp2(x=0.5))
attempt("missing argument", lambda: frexp2())

# errno
libc.strtol.restype = c_long
set_errno(0)
print(libc.strtol(b"99999999999999999999999", None, 10) == 2**63 - 1, get_errno())
print(set_errno(7), get_errno())
open_ = libc.open
open_.argtypes = [c_char_p, c_int]
print(open_(b"/no/such/file/here", 0), get_errno())
libc_plain = CDLL("libc.so.6")
set_errno(0)
libc_plain.open(b"/no/such/file/here", 0)
print(get_errno())

# zlib through its C API
libz.zlibVersion.restype = c_char_p
print(libz.zlibVersion()[:2])
libz.crc32.restype = c_ulong
libz.crc32.argtypes = [c_ulong, c_char_p, c_uint]
print(libz.crc32(0, b"hello world", 11))
data = b"ctypes " * 20
bound = c_ulong(libz.compressBound(len(data)))
packed = create_string_buffer(bound.value)
print(libz.compress(packed, byref(bound), data, len(data)), bound.value < len(data))
size = c_ulong(len(data))
unpacked = create_string_buffer(len(data))
print(libz.uncompress(unpacked, byref(size), packed, bound), unpacked.raw == data)

attempt("missing library", lambda: CDLL("libno_such_library_xyz.so"))
attempt("missing symbol", lambda: libc.no_such_function_xyz)
attempt("dunder", lambda: libc.__foo__)
print(cdll.LoadLibrary("libm.so.6").cos.__name__, isinstance(cdll.LoadLibrary("libc.so.6"), CDLL))
print(ctypes.sizeof(c_void_p), ctypes.c_int.in_dll(libc, "opterr").value >= 0)
