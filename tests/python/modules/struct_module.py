# The struct module over the native _struct: every format code in every byte
# order, native alignment, repeat counts, Struct objects, pack_into/unpack_from,
# iter_unpack and CPython's error messages.
import struct


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", r)


print("--- module")
print(struct.error.__module__, struct.error.__name__, struct.error.__mro__)
print(issubclass(struct.error, Exception), type(struct.Struct("i")).__name__)
print(struct.Struct.__module__, struct.Struct.__name__)
e = struct.error("boom")
print(repr(e), e.args)
try:
    raise struct.error("raised")
except struct.error as err:
    print("caught", err)
for name in ["pack", "unpack", "calcsize", "pack_into", "unpack_from", "iter_unpack", "Struct", "error"]:
    print(name, hasattr(struct, name))

print("--- calcsize")
for fmt in ["", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f",
            "d", "P", "x", "s", "p", "5s", "10p", "0s", "3x", "ci", "cq", "bhd", "ih", "hi",
            "@ci", "=ci", "<ci", ">ci", "!ci", "<l", "<L", "=q", "3i2h", "i 2h\t3c", "10c",
            "c0i", "cP", "ce", "cf", "c?", "xxxd"]:
    print(repr(fmt), struct.calcsize(fmt))

print("--- round trips")
values = {
    "c": b"z", "b": -100, "B": 200, "?": True, "h": -30000, "H": 60000, "i": -2000000000,
    "I": 4000000000, "l": -2 ** 40, "L": 2 ** 40, "q": -2 ** 62, "Q": 2 ** 63 + 5,
    "n": -12345678901, "N": 2 ** 64 - 1, "P": 2 ** 48 + 7, "e": 1.5, "f": 0.1, "d": 0.1,
}
for order in "@=<>!":
    for code, v in values.items():
        fmt = order + code
        try:
            data = struct.pack(fmt, v)
        except struct.error as err:
            print(fmt, "error", err)
            continue
        print(fmt, data, struct.unpack(fmt, data))

print("--- big values")
for fmt, v in [("<q", -2 ** 63), ("<q", 2 ** 63 - 1), ("<Q", 2 ** 64 - 1), (">Q", 2 ** 53 + 1),
               ("<q", 2 ** 53), ("<q", -2 ** 53 - 1), ("@P", -1), ("@l", -2 ** 63),
               ("<i", -2 ** 31), ("<I", 2 ** 32 - 1), (">l", 2 ** 31 - 1), (">L", 0)]:
    data = struct.pack(fmt, v)
    print(fmt, v, data, struct.unpack(fmt, data))

print("--- alignment")
for fmt in ["bi", "bq", "bh", "bd", "hbi", "bP", "b?", "bN", "be", "bf", "=bi", "<bq"]:
    print(fmt, struct.calcsize(fmt), struct.pack(fmt, *([1] * len(fmt.lstrip("=<")))))

print("--- floats")
for v in [0.0, -0.0, 1.0, -2.5, 1e-7, 65504.0, 65519.0, 5.960464477539063e-08, 2e-8, 3e-8,
          6.1e-5, 1 / 3, 1e30, float("inf"), float("-inf"), 0.1, 100.3, 3.4028234e38]:
    for fmt in ["<e", ">e", "<f", ">f", "<d", ">d"]:
        try:
            data = struct.pack(fmt, v)
        except OverflowError as err:
            print(fmt, v, "OverflowError", err)
            continue
        print(fmt, v, data, struct.unpack(fmt, data))
for fmt in ["<e", "<f", "<d"]:
    nan = struct.unpack(fmt, struct.pack(fmt, float("nan")))[0]
    print(fmt, "nan", nan != nan)
print(struct.pack("f", 1e300), struct.pack("d", 7), struct.pack("<e", True))
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x7b"), struct.unpack("<e", b"\x00\x7c"))
attempt(struct.pack, "<f", 1e39)
attempt(struct.pack, ">e", 65520.0)
attempt(struct.pack, "e", 1e10)


class Floaty:
    def __float__(self):
        return 2.25


class Indexy:
    def __index__(self):
        return 7


print(struct.pack("<d", Floaty()), struct.pack("<d", Indexy()), struct.pack("<i", Indexy()))
print(struct.pack("<?????", 0, 1, [], [0], "x"), struct.unpack("<??", b"\x00\x05"))
print(struct.unpack("<4?", b"\x00\x01\x02\xff"))

print("--- strings")
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"abc"))
print(struct.pack("s", b"xyz"), struct.pack("3s", bytearray(b"qq")))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("p", b"abc"))
print(struct.pack("300p", b"a" * 290)[:3], len(struct.pack("300p", b"a" * 290)))
print(struct.unpack("5s", b"ab\x00\x00\x00"), struct.unpack("5p", b"\x02ab\x00\x00"))
print(struct.unpack("3p", b"\x09abc"[:3]), struct.unpack("p", b"\x05"))
print(struct.pack("c3c", b"a", b"b", b"c", b"d"), struct.unpack("2c", b"xy"))
print(struct.pack("<2s2h3x2b", b"hi", 1, 2, 3, 4))
print(struct.unpack("<2s2h3x2b", struct.pack("<2s2h3x2b", b"hi", 1, 2, 3, 4)))
print(struct.pack("3x"), struct.unpack("3x", b"abc"))

print("--- Struct")
s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"))
print(struct.Struct(b">Q").format, struct.Struct(b">Q").size)
print(s.unpack_from(b"xx\x01\x00\x02\x00\x00\x00", 2), s.unpack_from(buffer=b"\x05\x00\x06\x00\x00\x00"))
print(list(s.iter_unpack(b"\x01\x00\x02\x00\x00\x00\x03\x00\x04\x00\x00\x00")))
buf = bytearray(10)
s.pack_into(buf, 1, -1, -2)
print(buf)
s.pack_into(buf, -6, 7, 8)
print(buf)


class MyStruct(struct.Struct):
    pass


m = MyStruct("2h")
print(type(m).__name__, m.size, m.pack(3, 4), isinstance(m, struct.Struct))
attempt(struct.Struct, 1)
attempt(struct.Struct)
attempt(lambda: struct.Struct("i").pack())
attempt(lambda: struct.Struct("ii").pack(1))
attempt(lambda: s.unpack(b"abc"))
try:
    s.format = "i"
except AttributeError:
    print("format is read-only")

print("--- module functions")
print(struct.pack("i", 5), struct.pack(b"<h", 6), struct.unpack("<h", bytearray(b"\x06\x00")))
print(struct.unpack("<h", memoryview(b"\x07\x00")))
print(struct.unpack_from("<h", b"abcd"), struct.unpack_from("<h", b"abcd", 2))
print(struct.unpack_from("<h", b"abcd", offset=-2), struct.unpack_from("<h", buffer=b"abcd"))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 258, -1)
print(buf)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf)
mv = memoryview(buf)
struct.pack_into("<b", mv, 0, 9)
print(buf)
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack("<2s", b"abcdef")))
struct._clearcache()
print(struct.calcsize("i"))

print("--- errors")
for fmt, v in [("b", 128), ("b", -129), ("<b", 200), ("B", -1), ("<B", 256), ("h", 40000),
               ("<h", -32769), ("H", -1), (">H", 65536), ("i", 2 ** 31), ("<i", -2 ** 31 - 1),
               ("I", -1), ("I", 2 ** 32), ("<I", 2 ** 32), ("l", 2 ** 63), ("<l", 2 ** 31),
               ("<L", 2 ** 32), ("L", -1), ("q", 2 ** 63), ("<q", -2 ** 63 - 1), ("Q", -1),
               ("<Q", 2 ** 64), ("n", 2 ** 63), ("N", -1), ("P", 2 ** 64), ("P", -2 ** 63 - 1),
               ("b", 2 ** 70), ("i", "x"), ("i", 1.5), ("i", None), ("d", "x"), ("f", None),
               ("e", []), ("c", b"ab"), ("c", "a"), ("c", 1), ("s", 1), ("p", "x"), ("s", "x")]:
    print(fmt, repr(v))
    attempt(struct.pack, fmt, v)
for fmt in ["3", "y", "<n", "=N", ">P", "!P", "i3", "ii5", "%", "<<i", "i@"]:
    print(repr(fmt))
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 1)
attempt(struct.pack)
attempt(struct.pack, "i")
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "i", 1, 2)
attempt(struct.pack, "3si", b"a")
attempt(struct.pack_into)
attempt(struct.pack_into, "i")
attempt(struct.pack_into, "i", bytearray(4))
attempt(struct.pack_into, "i", bytearray(4), 0, 1, 2)
attempt(struct.pack_into, "i", b"xxxx", 0, 1)
attempt(struct.pack_into, "i", "xxxx", 0, 1)
attempt(struct.pack_into, "i", bytearray(4), 2, 1)
attempt(struct.pack_into, "i", bytearray(4), -2, 1)
attempt(struct.pack_into, "i", bytearray(4), -8, 1)
attempt(struct.pack_into, "i", bytearray(4), "a", 1)
attempt(struct.pack_into, "i", bytearray(4), 2 ** 70, 1)
ba = bytearray(b"\xaa" * 8)
attempt(struct.pack_into, "<ii", ba, 0, 1, "x")
print(ba)
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "i", b"abcde")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i")
attempt(struct.unpack_from, "i", b"abc", 1)
attempt(struct.unpack_from, "i", b"abcdef", 3)
attempt(struct.unpack_from, "i", b"abc", -5)
attempt(struct.unpack_from, "i", b"abcd", -4)
attempt(struct.iter_unpack, "i", b"abc")
attempt(struct.iter_unpack, "", b"abc")
attempt(struct.iter_unpack, "i", 5)
attempt(struct.unpack, "", b"")
attempt(struct.pack, "")

print("--- format checks")
attempt(struct.calcsize, "i\0i")
attempt(struct.calcsize, b"i\xe9")
try:
    struct.Struct("\xe9")
except UnicodeEncodeError as err:
    print("UnicodeEncodeError", err.args[2:4])
attempt(struct.pack, "d", 10 ** 400)


class BadFloat:
    def __float__(self):
        raise ValueError("no")


attempt(struct.pack, "d", BadFloat())


class BadIndex:
    def __index__(self):
        return "x"


attempt(struct.pack, "i", BadIndex())
attempt(struct.pack, "i", True)
s = struct.Struct("i")
s.__init__("hh")
print(s.format, s.size, s.pack(1, 2))
print(struct.Struct("i").__sizeof__() > 0)

print("--- memoryview")
attempt(struct.pack_into, "b", memoryview(b"abcd"), 0, 1)
attempt(struct.pack_into, "b", memoryview(bytearray(4))[::2], 0, 1)
target = bytearray(6)
struct.pack_into("<h", memoryview(target)[2:], 1, 0x4142)
print(target)
print(struct.unpack("<h", memoryview(b"xxab")[2:]), struct.unpack_from("<h", memoryview(b"xxab"), 1))
attempt(struct.unpack, "<h", memoryview(b"axbx")[::2])
print(list(struct.iter_unpack("<h", memoryview(bytearray(b"abcdef"))[2:])))
