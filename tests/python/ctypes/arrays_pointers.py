# Arrays, pointers and raw memory: indexing and slicing, POINTER/pointer,
# contents, cast, memmove/memset, string_at/wstring_at, string buffers,
# from_buffer/from_buffer_copy/from_address, byref/addressof, resize,
# keep-alive (_objects) and the buffer protocol.
from ctypes import *
import array


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


IntArray5 = c_int * 5
print(IntArray5.__name__, IntArray5 is c_int * 5, IntArray5._length_, IntArray5._type_.__name__)
a = IntArray5(5, 1, 4)
print(a[:], len(a), list(a), a[-1], a[1:4], a[::-2], sizeof(a))
a[3] = 7
a[0:2] = [10, 20]
print(a[:], 7 in a)
attempt("index", lambda: a[5])
attempt("bad index", lambda: a["x"])
attempt("slice size", lambda: a.__setitem__(slice(0, 2), [1]))
attempt("too many", lambda: IntArray5(1, 2, 3, 4, 5, 6))
attempt("delete", lambda: a.__delitem__(0))
attempt("negative length", lambda: c_int * -1)
attempt("bad length", lambda: type(Array)("A", (Array,), {"_length_": "x", "_type_": c_int}))

grid = ((c_int * 3) * 2)()
grid[1][2] = 9
print(grid[1][:], grid[0][:], memoryview(grid).shape, memoryview(grid).format)
print(memoryview(a).tobytes(), memoryview(a).itemsize, memoryview(a).nbytes)

chars = (c_char * 6)(b"a", b"b")
print(chars.value, chars.raw, chars[:], chars[1:3], chars[::-1])
chars.value = b"xyz"
print(chars.raw)
attempt("value too long", lambda: setattr(chars, "value", b"1234567"))
attempt("delete value", lambda: delattr(chars, "value"))
attempt("delete raw", lambda: delattr(chars, "raw"))
wide = (c_wchar * 4)("h", "i")
print(wide.value, wide[:], len(wide))

buf = create_string_buffer(b"hello", 10)
print(buf.value, buf.raw, sizeof(buf), type(buf).__name__)
print(create_string_buffer(3).raw, create_string_buffer(b"ab").raw)
ubuf = create_unicode_buffer("h\u00e9llo")
print(ubuf.value, sizeof(ubuf), len(ubuf))

IntPtr = POINTER(c_int)
print(IntPtr.__name__, IntPtr is POINTER(c_int), IntPtr._type_.__name__)
x = c_int(42)
p = pointer(x)
print(p.contents.value, p[0], bool(p), bool(IntPtr()))
p[0] = 43
print(x.value)
p.contents = c_int(50)
print(p[0], x.value)
attempt("null contents", lambda: IntPtr().contents)
attempt("null index", lambda: IntPtr()[0])
attempt("wrong contents", lambda: setattr(p, "contents", c_long(3)))

q = cast(a, IntPtr)
print(q[0], q[4], q[1:3], q[3:0:-1])
cp = cast(chars, POINTER(c_char))
print(cp[0:3], cast(c_char_p(b"abc"), c_void_p).value is not None)
attempt("cast to int", lambda: cast(1, c_int))
vp = cast(a, c_void_p)
print(vp.value == addressof(a), addressof(a) + 4 == cast(byref(a, 4), c_void_p).value)

src = (c_char * 8)(*b"abcdefgh")
dst = create_string_buffer(8)
memmove(dst, src, 5)
print(dst.raw)
memset(dst, ord("z"), 3)
print(dst.raw)
print(string_at(src, 4), string_at(addressof(src), 2), string_at(c_char_p(b"hi there")))
print(wstring_at(create_unicode_buffer("w\u00f6rld")), wstring_at(create_unicode_buffer("abc"), 2))

ba = bytearray(8)
shared = (c_int * 2).from_buffer(ba)
shared[0] = 0x01020304
print(ba.hex(), shared._objects is not None)
copy = (c_int * 2).from_buffer_copy(b"\x01\x00\x00\x00\x02\x00\x00\x00")
print(copy[:])
attempt("readonly buffer", lambda: c_int.from_buffer(b"abcd"))
attempt("small buffer", lambda: c_int.from_buffer(bytearray(2)))
attempt("small copy", lambda: c_int.from_buffer_copy(b"ab"))
attempt("negative offset", lambda: c_int.from_buffer(bytearray(8), -1))
print(c_int.from_buffer(bytearray(b"\x00\x00\x00\x00\x05\x00\x00\x00"), 4).value)

arr = array.array("i", [11, 22, 33])
address, count = arr.buffer_info()
view = (c_int * count).from_address(address)
print(view[:], c_int.from_address(address + 4).value)
view[2] = 99
print(arr.tolist())

attempt("byref int", lambda: byref(5))
attempt("addressof int", lambda: addressof(5))
print(byref(x)._obj is x, type(byref(x)).__name__)

r = create_string_buffer(4)
resize(r, 16)
print(sizeof(r), len(r.raw))
attempt("resize smaller", lambda: resize(r, 2))

s = c_char_p(b"keep")
print(s._objects)
holder = (c_char_p * 2)()
holder[0] = b"one"
print(holder._objects, holder[0], holder[1])
pp = pointer(pointer(c_int(3)))
print(pp[0][0], pp.contents.contents.value)
print(POINTER(c_int * 2).__name__, memoryview(pointer(c_int())).format)
