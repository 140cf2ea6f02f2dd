# Byte strings made by repetition, concatenation and slicing (small ones
# share memory chunks in Taipan, bytes_alloc.ts): contents, lengths,
# equality and hashes against other bytes, bytearray results that then
# grow and shrink, memoryview and struct over them, and C seeing them
# NUL-terminated through ctypes.
import struct
import ctypes

made = []
for k in range(0, 70):
    made.append(b"ab" * k)
    made.append(b"x" + b"y" * (k % 7))
    made.append((b"0123456789" * 30)[k:k + (k % 40)])
    made.append((b"0123456789" * 3)[::-(k % 3 + 1)])
print(len(made), sum(map(len, made)))
print(made[5], made[6], made[7], made[8], made[-1])
print(all(m == bytes(list(m)) for m in made), all(hash(m) == hash(bytes(list(m))) for m in made))
print(len(set(made)), b"" in made, made.count(b""))
print(b"x" * 0 == b"", len(b"x" * 0), b"abc"[5:], b"abc" + b"", b"" + b"")
print((b"ab" * 300)[:10], len(b"ab" * 300), len(b"a" * 257), (b"q" * 256)[-3:])

# bytearray results own their memory: mutate, grow, shrink
ba = bytearray(b"xy") * 3
ba2 = bytearray(b"xy") * 3
ba[0] = 65
ba += b"tail"
ba.extend(b"more" * 20)
del ba[2:70]
print(ba, ba2, len(ba))
ba3 = bytearray(b"12") + b"34"
ba3.append(53)
ba3[1:3] = b"abcdef"
print(ba3, ba3.__alloc__() >= len(ba3))
cut = bytearray(b"0123456789")[2:6]
cut.extend(cut)
print(cut)

# memoryview and struct over small bytes
data = b"\x01\x00\x02\x00" * 4
view = memoryview(data)
print(view.cast("H").tolist(), view[2:6].tobytes(), view.nbytes)
print(struct.unpack("<8H", data), struct.unpack_from("<I", data, 4))
print(memoryview(b"\x00\x00\x80\x3f" * 2).cast("f").tolist())

# C reads them NUL-terminated, and never past their end
libc = ctypes.CDLL("libc.so.6")
strlen = libc.strlen
strlen.argtypes = [ctypes.c_char_p]
strlen.restype = ctypes.c_size_t
print([strlen(m) for m in made[:16]])
print([strlen(b"z" * k) for k in (0, 1, 7, 8, 9, 255, 256, 257, 1000)])
print(strlen(b"ab\x00cd" * 2), strlen((b"ab" * 10)[3:9]), strlen(b"abcdefgh"[2:4]))
sliced = b"abcdefgh" * 2
print(strlen(sliced[0:3]), strlen(sliced[5:]), strlen(sliced[::2]))

# every producer of small byte strings: contents, then C's view of them
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


text = b"  Alpha,beta,,Gamma  "
results = [
    text.strip(), text.lstrip(), text.rstrip(b" a"), text.split(b","), text.split(),
    text.rsplit(b",", 1), text.partition(b","), text.rpartition(b","), text.partition(b"#"),
    text.rpartition(b"#"), b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]),
    text.upper(), text.lower(), text.swapcase(), text.capitalize(), text.title(),
    text.center(30, b"*"), text.ljust(25), text.rjust(25, b"."), b"12".zfill(6),
    b"a\tb".expandtabs(4), text.replace(b"a", b"AA"), text.removeprefix(b"  A"),
    text.removesuffix(b"  "), bytes.fromhex("de ad be ef"), text.translate(None, b"a "),
    b"%s-%d-%x" % (b"x", 42, 255), bytes(5), bytes(b"copy"), bytes(bytearray(b"ba")),
    bytes(WithBytes()), bytes([1, 2, 3]), bytes(), text[2:7], text[::-1], text.hex().encode(),
]
print(results)
flat = []
for item in results:
    flat.extend(item if isinstance(item, (list, tuple)) else [item])
print([strlen(item) for item in flat if isinstance(item, bytes)])

# bytearrays made by those operations own their memory
grown = bytearray(b"ab").upper()
neighbour = b"cd".upper()
grown.extend(b"xyz")
grown[0:1] = b"Q"
shrunk = bytearray(b"hello world").split()[0]
del shrunk[1:]
print(grown, neighbour, shrunk, bytearray(4), bytearray(b"src") * 2)


# a c_char_p keeps pointing at the bytes object's memory: what is made
# after it never runs on from its end
class Named(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p)]


records = []
for k in (7, 8, 9, 15, 16):
    record = Named()
    record.name = b"n" * k
    later = [b"z" * j for j in (1, 8, 16)]
    records.append((record, later))
print([record.name for record, _ in records])
print([ctypes.c_char_p(b"p" * 16).value for _ in range(2)], [b"q" * 8 for _ in range(2)])
