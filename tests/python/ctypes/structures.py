# Structures and unions: CPython's layout rules (alignment, _pack_, bit
# fields, nesting, _anonymous_, inheritance, byte order), initialisation and
# the errors of _fields_.
from ctypes import *


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


def layout(cls):
    fields = ", ".join(f"{name}@{getattr(cls, name).offset}/{getattr(cls, name).size}"
                       for name, *_ in cls._fields_)
    print(cls.__name__, sizeof(cls), alignment(cls), fields)


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short), ("i", c_int),
                ("b", c_byte), ("q", c_longlong), ("f", c_float)]


class Packed1(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]


class Packed2(Structure):
    _pack_ = 2
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]


class WithArray(Structure):
    _fields_ = [("tag", c_char), ("values", c_int * 3), ("name", c_char * 5)]


class Nested(Structure):
    _fields_ = [("flag", c_bool), ("where", Point), ("scale", c_double)]


class Number(Union):
    _fields_ = [("i", c_int), ("d", c_double), ("raw", c_ubyte * 8)]


class Tail(Structure):
    _fields_ = [("a", c_int), ("b", c_char)]


for cls in [Point, Mixed, Packed1, Packed2, WithArray, Nested, Number, Tail]:
    layout(cls)

print(Point.x, Mixed.d, WithArray.values)

p = Point(1, 2)
print(p.x, p.y, bytes(p))
p.y = -5
print(p.y, Point(y=3).y, Point(4).x)
n = Nested(True, Point(7, 8), 0.5)
print(n.flag, n.where.x, n.where.y, n.scale, type(n.where).__name__)
n.where.x = 70
print(n.where.x, n.where._b_base_ is n)
n.where = (9, 10)
print(n.where.x, n.where.y)

w = WithArray(b"t", (1, 2), b"ab")
print(w.tag, w.values[:], w.name, type(w.name).__name__)
w.name = b"xyz"
w.values[2] = 30
print(w.name, w.values[:], w.values._b_base_ is w)

u = Number()
u.d = 1.0
print(u.i, list(u.raw), Number(i=-1).raw[:4])


class Bits(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 30), ("d", c_short, 4),
                ("e", c_byte, 1), ("f", c_longlong, 40), ("g", c_bool, 1)]


for name in "abcdefg":
    print(name, getattr(Bits, name))
print(sizeof(Bits))
bits = Bits(3, -7, 2**30 - 1, -8, -1, 2**39, True)
print(bits.a, bits.b, bits.c, bits.d, bits.e, bits.f, bits.g, bytes(bits).hex())
bits.a = 9
print(bits.a)


class Inner(Structure):
    _fields_ = [("u", c_int), ("v", c_int)]


class Anon(Structure):
    _anonymous_ = ("inner",)
    _fields_ = [("head", c_char), ("inner", Inner), ("tail", c_int)]


a = Anon()
a.u = 5
a.v = 6
print(a.inner.u, a.inner.v, Anon.u, Anon.v, sizeof(Anon))


class Base(Structure):
    _fields_ = [("a", c_char)]


class Derived(Base):
    _fields_ = [("b", c_int)]


class Same(Base):
    pass


layout(Derived)
print(Derived(b"x", 5).b, Same(b"y").a, sizeof(Same))
attempt("too many", lambda: Same(b"y", 2))


class Big(BigEndianStructure):
    _fields_ = [("a", c_int), ("b", c_short), ("c", c_uint, 4), ("d", c_uint, 12)]


class Little(LittleEndianStructure):
    _fields_ = [("a", c_int), ("b", c_short)]


big = Big(1, 2, 3, 4)
print(bytes(big).hex(), big.a, big.b, big.c, big.d, Big.c, Big.a)
print(bytes(Little(1, 2)).hex(), memoryview(big).format, memoryview(Point()).format)


class Later(Structure):
    pass


print(sizeof(Later))
Later._fields_ = [("x", c_long)]
print(sizeof(Later), Later(3).x)
attempt("final", lambda: setattr(Later, "_fields_", []))
attempt("not pairs", lambda: type(Structure)("X", (Structure,), {"_fields_": [1]}))
attempt("not a type", lambda: type(Structure)("X", (Structure,), {"_fields_": [("a", int)]}))
attempt("bad bits", lambda: type(Structure)("X", (Structure,), {"_fields_": [("a", c_int, 33)]}))
attempt("float bits", lambda: type(Structure)("X", (Structure,), {"_fields_": [("a", c_double, 3)]}))
attempt("char bits", lambda: type(Structure)("X", (Structure,), {"_fields_": [("a", c_char, 3)]}))
attempt("negative pack", lambda: type(Structure)("X", (Structure,), {"_pack_": -1, "_fields_": []}))
attempt("anonymous missing", lambda: type(Structure)(
    "X", (Structure,), {"_anonymous_": ["nope"], "_fields_": [("a", c_int)]}))
attempt("duplicate", lambda: Point(1, x=2))
attempt("too many initializers", lambda: Point(1, 2, 3))
attempt("wrong field type", lambda: Point("a"))
attempt("field tuple error", lambda: Nested(True, (1, 2, 3)))
attempt("char array too long", lambda: WithArray(b"t", (1,), b"toolong"))
attempt("abstract", lambda: Structure())
attempt("delete field", lambda: delattr(p, "x"))
attempt("incompatible", lambda: setattr(n, "where", Inner()))
print(Point.from_buffer_copy(bytes(Point(5, 6))).y)
