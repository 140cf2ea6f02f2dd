# ctypes against a C library built for the test (fixture.c): structures,
# unions and bit fields by value, packed layouts, variadic calls, callbacks,
# out parameters, errno, globals and returned function pointers.
import os
from ctypes import *

lib = CDLL(os.environ.get("FIXTURE_LIB", os.path.abspath("libfixture.so")), use_errno=True)


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class Vec3(Structure):
    _fields_ = [("x", c_double), ("y", c_double), ("z", c_double)]


class Small(Structure):
    _fields_ = [("c", c_char), ("s", c_short)]


class Rect(Structure):
    _fields_ = [("a", Point), ("b", Point)]


class Flags(Structure):
    _fields_ = [("a", c_uint, 3), ("b", c_uint, 5), ("c", c_int, 7)]


class Number(Union):
    _fields_ = [("i", c_int), ("f", c_float)]


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("i", c_int)]


lib.make_point.restype = Point
p = lib.make_point(3, 4)
print(type(p).__name__, p.x, p.y, lib.point_sum(p), lib.point_sum(Point(10, -2)))
lib.point_move(byref(p), 1, 2)
print(p.x, p.y)
lib.point_move(pointer(p), -1, -1)
print(p.x, p.y)

lib.vec_dot.argtypes = [Vec3, Vec3]
lib.vec_dot.restype = c_double
lib.vec_scale.argtypes = [Vec3, c_double]
lib.vec_scale.restype = Vec3
print(lib.vec_dot(Vec3(1, 2, 3), Vec3(4, 5, 6)))
v = lib.vec_scale(Vec3(1, -2, 0.5), 3)
print(v.x, v.y, v.z)

lib.small_next.restype = Small
s = lib.small_next(Small(b"a", 21))
print(s.c, s.s)
print(lib.rect_area(Rect(Point(1, 1), Point(4, 6))))

lib.flags_make.restype = Flags
f = lib.flags_make(5, 17, -9)
print(f.a, f.b, f.c, hex(lib.flags_pack(f)), hex(lib.flags_pack(Flags(7, 31, 63))), sizeof(Flags))

lib.number_float.restype = c_float
n = Number()
n.f = 1.5
print(lib.number_float(n))

print(lib.packed_size(), sizeof(Packed), lib.packed_value(byref(Packed(b"\x01", 41))))

lib.mul64.restype = c_longlong
lib.mul64.argtypes = [c_longlong, c_longlong]
lib.umax64.restype = c_ulonglong
lib.wrap8.restype = c_byte
lib.wrap16.restype = c_ushort
lib.half.restype = c_float
lib.half.argtypes = [c_float]
print(lib.mul64(2**31, 2**20), lib.mul64(-3, 2**40), lib.umax64(), lib.wrap8(200), lib.wrap16(-1),
      lib.half(5))

values = (c_int * 5)(1, 2, 3, 4, 5)
print(lib.sum_array(values, 5), lib.sum_array(cast(values, POINTER(c_int)), 3))
lib.wide_len.restype = c_size_t
print(lib.wide_len("h\u00e9llo w\u00f6rld"), lib.wide_len(create_unicode_buffer("abc")))

lib.greeting.restype = c_char_p
print(lib.greeting())
buffer = create_string_buffer(6)
lib.fill_buffer(buffer, sizeof(buffer))
print(buffer.value)
lib.concat.restype = c_void_p
joined = lib.concat(b"con", b"cat")
print(string_at(joined), cast(joined, c_char_p).value)
lib.release(c_void_p(joined))

quotient, remainder = c_int(), c_int()
lib.divide(17, 5, byref(quotient), byref(remainder))
print(quotient.value, remainder.value)
prototype = CFUNCTYPE(None, c_int, c_int, POINTER(c_int), POINTER(c_int))
divide = prototype(("divide", lib), ((1, "a"), (1, "b"), (2, "quotient"), (2, "remainder")))
print(divide(23, 4), divide(b=3, a=10))

print(lib.fail_with(13), get_errno())
print(lib.is_null(None), lib.is_null(byref(p)))

print(lib.sum_ints(3, 10, 20, 30), lib.sum_ints(5, 1, 2, 3, 4, 5))
lib.sum_doubles.restype = c_double
print(lib.sum_doubles(2, c_double(1.5), c_double(2.25)), lib.sum_doubles(3, c_double(1), c_double(2),
                                                                             c_double(3)))

UNARY = CFUNCTYPE(c_int, c_int)
print(lib.apply(UNARY(lambda x: x * x), 7), lib.apply(UNARY(abs), -3))
FUNC = CFUNCTYPE(c_double, c_double)
lib.integrate.restype = c_double
lib.integrate.argtypes = [FUNC, c_double, c_double, c_int]
print(round(lib.integrate(FUNC(lambda x: x * x), 0, 3, 1000), 4))

VISIT = CFUNCTYPE(c_int, POINTER(Point), c_int)
points = (Point * 3)(Point(1, 2), Point(3, 4), Point(5, 6))


def visit(point, index):
    point.contents.x *= 10
    return point.contents.y * index


print(lib.visit_points(points, 3, VISIT(visit)), [(q.x, q.y) for q in points])
BY_VALUE = CFUNCTYPE(c_int, Point)
print(lib.call_with_point(BY_VALUE(lambda q: q.x * 100 + q.y), 4, 2))

OPERATION = CFUNCTYPE(c_int, c_int, c_int)
lib.get_operation.restype = OPERATION
lib.get_operation.argtypes = [c_char]
add, subtract, missing = lib.get_operation(b"+"), lib.get_operation(b"-"), lib.get_operation(b"?")
print(add(2, 3), subtract(2, 3), bool(missing), type(add).__name__)

counter = c_int.in_dll(lib, "fixture_counter")
scale = c_double.in_dll(lib, "fixture_scale")
print(counter.value, scale.value)
counter.value = 42
print(c_int.in_dll(lib, "fixture_counter").value)
try:
    c_int.in_dll(lib, "no_such_global")
except ValueError as error:
    print("ValueError", str(error).endswith("undefined symbol: no_such_global"))
