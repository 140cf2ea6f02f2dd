# Bulk array paths: frombytes straight into the storage, byteswap by
# machine words, repetition by doubling, CPython's allocation sizes, slices
# and the small-int conversion of append / the constructor.
from array import array
import struct


def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as error:
        print(label, type(error).__name__, error)


# frombytes: one-byte buffers only, contiguous, never from itself while it grows.
a = array("i", [1, 2])
attempt("self i", lambda: a.frombytes(a))
b8 = array("b", [1, 2])
attempt("self b", lambda: b8.frombytes(b8))
empty_b = array("b")
attempt("self empty", lambda: (empty_b.frombytes(empty_b), empty_b)[1])
attempt("array h", lambda: a.frombytes(array("h", [1, 2])))
attempt("array B", lambda: (a.frombytes(array("B", [1, 0, 0, 0])), a)[1])
attempt("memoryview i", lambda: a.frombytes(memoryview(array("i", [5]))))
attempt("memoryview cast", lambda: (a.frombytes(memoryview(array("i", [7])).cast("B")), a)[1])
attempt("strided", lambda: a.frombytes(memoryview(bytes(16))[::2]))
attempt("bytearray", lambda: (a.frombytes(bytearray(b"\x09\x00\x00\x00")), a)[1])
attempt("odd length", lambda: a.frombytes(b"\x01\x02\x03"))
attempt("str", lambda: a.frombytes("abcd"))
attempt("int", lambda: a.frombytes(4))
view = memoryview(a)
attempt("exporting", lambda: a.frombytes(b"\x00" * 4))
view.release()
attempt("released", lambda: (a.frombytes(b"\x00" * 4), len(a))[1])
grown = array("d")
for k in range(30):
    grown.frombytes(struct.pack("<3d", k, k + 0.5, -k))
print(len(grown), grown[0], grown[-1], grown[44], sum(grown))


class Sub(array):
    pass


s = Sub("H", [1])
s.frombytes(b"\x02\x00\x03\x00")
print(type(s).__name__, s)

# byteswap of every item size, checked against struct's big-endian packing.
for code, values in [
    ("b", [1, -2]), ("B", [1, 255]), ("h", [1, -2, 0x1234]), ("H", [0xFF00, 1]),
    ("i", [1, -2, 0x12345678, -(2**31)]), ("I", [0x80000001, 2**32 - 1]),
    ("l", [1, -2, 2**62 + 5]), ("L", [2**63 + 1]), ("q", [-(2**63), 0x0102030405060708]),
    ("Q", [2**64 - 2]), ("f", [1.5, -0.25]), ("d", [1.5, -1e300, float("inf")]),
]:
    arr = array(code, values)
    arr.byteswap()
    same = arr.tobytes() == b"".join(struct.pack(">" + code.replace("l", "q").replace("L", "Q"), v) for v in values)
    arr.byteswap()
    print(code, same, list(arr) == values)
nan_bits = array("d")
nan_bits.frombytes(struct.pack("<Q", 0x7FF8000000000001))
nan_bits.byteswap()
print(nan_bits.tobytes().hex())
odd = array("h", [1, 2, 3])
odd.byteswap()
print(odd)

# Repetition: payloads survive (a NaN with payload bits, negative zero).
r = array("d", [0.5]) * 5
print(r, len(array("d", [0.5]) * 100000))
print((array("i", [1, 2, 3]) * 4).tolist(), array("b", [1, 2]) * 0, array("b", [1]) * -3)
nan = array("d")
nan.frombytes(struct.pack("<Q", 0x7FF4000000000123) + struct.pack("<d", -0.0))
print((nan * 3).tobytes().hex())
print((nan * 3).tobytes() == nan.tobytes() * 3)
c = array("f", [1.0, 2.0])
c *= 3
print(c)
c *= 1
print(c)
c *= -1
print(c, len(c))
d = array("u", "ab")
d *= 3
print(d)
e = array("I", [7])
mv = memoryview(e)
attempt("*= exporting", lambda: e.__imul__(2))
attempt("*= 1 exporting", lambda: e.__imul__(1))
attempt("*= 0 exporting", lambda: e.__imul__(0))
mv.release()
attempt("* huge", lambda: array("d", [1.0]) * (2**40))
attempt("*= huge", lambda: array("d", [1.0]).__imul__(2**40))
print(type(Sub("b", [1]) * 2).__name__)

# __sizeof__ follows CPython's allocation through growth and shrinking.
sizes = array("i")
seen = []
for k in range(40):
    sizes.append(k)
    seen.append(sizes.__sizeof__())
sizes.frombytes(bytes(4000))
seen.append(sizes.__sizeof__())
del sizes[:900]
seen.append(sizes.__sizeof__())
sizes.pop()
seen.append(sizes.__sizeof__())
del sizes[:]
seen.append(sizes.__sizeof__())
print(seen)
print(array("b").buffer_info()[0] == 0, array("b", [1]).buffer_info()[0] != 0)
cleared = array("b", [1, 2])
del cleared[:]
print(cleared.buffer_info()[0] == 0, (array("d", [1.0]) * 3).__sizeof__())

# Slices with step 1 copy; the copy is independent.
base = array("q", range(10))
part = base[2:6]
part[0] = 99
print(part, base[2], base[8:100], base[5:2], base[-3:])

# Small ints through append / the constructor: CPython's range errors.
for code in "bBhHiIlLqQ":
    for value in [0, -1, 127, 128, 255, 256, -129, 32767, 32768, -32769, 65535, 65536,
                  2**31 - 1, 2**31, -(2**31) - 1, 2**32 - 1, 2**32, 2**53 - 1, -(2**53) + 1,
                  2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63) - 1, True, False]:
        arr = array(code)
        try:
            arr.append(value)
            result = arr[0]
        except OverflowError as error:
            result = "OverflowError: " + str(error)
        try:
            array(code, [value])
            same = True
        except OverflowError as error:
            same = "OverflowError: " + str(error) == result
        print(code, value, result, same)
attempt("float item", lambda: array("i", [1.0]))
attempt("str item", lambda: array("i").append("1"))


class Index:
    def __index__(self):
        return 300


attempt("index item", lambda: array("h", [Index()]))
attempt("index overflow", lambda: array("b", [Index()]))
print(array("d", [1, 2**60, True]), array("f", [3]))
