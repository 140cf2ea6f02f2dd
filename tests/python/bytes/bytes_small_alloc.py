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
