# ctypes' simple types: sizes, alignments, values and wrapping, reprs, the
# conversion errors, from_param results and byte-swapped twins.
from ctypes import *
import sys


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


TYPES = [c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint,
         c_long, c_ulong, c_longlong, c_ulonglong, c_size_t, c_ssize_t, c_float,
         c_double, c_longdouble, c_char_p, c_wchar_p, c_void_p, py_object,
         c_int8, c_int16, c_int32, c_int64, c_uint8, c_uint16, c_uint32, c_uint64]
for t in TYPES:
    print(t.__name__, t._type_, sizeof(t), alignment(t), memoryview(t()).format,
          type(t).__name__, t.__mro__[1].__name__)

# integers wrap to their width
for t, value in [(c_byte, 200), (c_ubyte, -1), (c_short, 70000), (c_ushort, -2),
                 (c_int, 2**31), (c_uint, -1), (c_long, 2**63), (c_ulong, -1),
                 (c_longlong, -(2**63) - 1), (c_ulonglong, 2**64 + 5)]:
    print(t.__name__, value, t(value).value)

print(c_int(5), c_double(2.5), c_float(0.1).value, c_char(b"x"), c_char(65), c_wchar("\u00e9"))
print(c_bool(5), c_bool(0), c_bool([]), c_longdouble(1.25), c_longdouble(-0.1).value)
print(c_char_p(b"hello").value, c_wchar_p("h\u00e9llo").value, c_char_p().value, c_void_p().value)
print(c_void_p(0), c_void_p(-1).value, c_void_p(12345).value, py_object([1, 2]))
print(py_object())
print(bool(c_int(0)), bool(c_int(3)), bool(c_double(0.0)), bool(c_char_p()))

x = c_int(7)
x.value = 99
print(x.value, x)
x.value += 1
print(x.value)


class MyInt(c_int):
    pass


print(MyInt(3).value, type(MyInt(3).__ctypes_from_outparam__()).__name__,
      c_int(3).__ctypes_from_outparam__())
print(repr(MyInt(3)).startswith("<MyInt object at 0x"))

attempt("float to int", lambda: c_int(1.5))
attempt("str to int", lambda: c_int("a"))
attempt("two chars", lambda: c_char(b"ab"))
attempt("str to char", lambda: c_char("a"))
attempt("big char", lambda: c_char(300))
attempt("bytes to wchar", lambda: c_wchar(b"a"))
attempt("two wchars", lambda: c_wchar("ab"))
attempt("str to char_p", lambda: c_char_p("a"))
attempt("bytes to wchar_p", lambda: c_wchar_p(b"a"))
attempt("str to void_p", lambda: c_void_p("a"))
attempt("float to void_p", lambda: c_void_p(1.5))
attempt("str to double", lambda: c_double("a"))
attempt("keyword", lambda: c_int(value=4).value)
attempt("too many", lambda: c_int(1, 2))
attempt("delete value", lambda: delattr(c_int(1), "value"))
attempt("abstract", lambda: _SimpleCData())


class FloatLike:
    def __float__(self):
        return 2.5


class IndexLike:
    def __index__(self):
        return 7


print(c_double(FloatLike()).value, c_int(IndexLike()).value, c_float(3).value)

# from_param gives CArgObjects (their reprs show the C value)
print(c_int.from_param(5), c_double.from_param(2.5), c_char.from_param(b"a"))
print(c_byte.from_param(-3), c_uint.from_param(2**32 - 1), c_char_p.from_param(None))
print(c_void_p.from_param(5), c_int.from_param(c_int(3)))
attempt("from_param wrong type", lambda: c_int.from_param("x"))
attempt("char_p from_param", lambda: c_char_p.from_param(5))

# byte-swapped types for BigEndianStructure
print(c_int.__ctype_be__.__name__, c_int.__ctype_le__ is c_int, hasattr(c_bool, "__ctype_be__"))
print(c_int.__ctype_be__(1).value, bytes(c_int.__ctype_be__(1)), bytes(c_int(1)))
print(memoryview(c_short.__ctype_be__()).format)

print(sys.byteorder, sizeof(c_int(3)), alignment(c_int(3)))
attempt("sizeof int", lambda: sizeof(3))
attempt("alignment str", lambda: alignment("x"))
