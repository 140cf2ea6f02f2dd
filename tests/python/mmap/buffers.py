# mmap as a buffer: memoryview, bytes(), re and struct read and write the mapped memory;
# a map with exported buffers can be neither closed nor resized.
import mmap
import re
import struct


def attempt(label, function):
    try:
        result = function()
    except Exception as error:
        print(label, "raised", type(error).__name__, error)
    else:
        print(label, "->", repr(result))


m = mmap.mmap(-1, 32)
m[:11] = b"hello world"
print(bytes(m)[:12], bytearray(m)[:5], len(bytes(m)))
print(b"".join([m[:5], b"!"]), m[:5] == b"hello", b"hello" in bytes(m))

view = memoryview(m)
print(view.nbytes, view.readonly, view.format, view.itemsize, view.obj is m)
view[0] = ord("J")
print(m[:5], view[1:5].tobytes())
m[1] = ord("E")
print(view[:3].tobytes())

attempt("close with export", m.close)
attempt("resize with export", lambda: m.resize(64))
print(m.closed, len(m))
view.release()
m.resize(64)
print(len(m), m[:11])

# re scans the map in place.
match = re.search(rb"w\w+", m)
print(match.group(), match.span())
print([mo.span() for mo in re.finditer(rb"o", m)])
print(re.sub(rb"l+", b"L", bytes(m[:11])))

# struct reads and writes it.
struct.pack_into("<IH", m, 16, 0xDEADBEEF, 7)
print(m[16:22], struct.unpack_from("<IH", m, 16), struct.unpack("<I", m[16:20]))

# Casting views and slices of views.
with memoryview(m) as v:
    words = v.cast("I")
    print(len(words), hex(words[4]))
    words[5] = 0x01020304
    words.release()
print(m[20:24])
print(int.from_bytes(m[16:20], "little") == 0xDEADBEEF)

# A released view no longer blocks close; a closed map has no buffer.
m.close()
attempt("memoryview of closed map", lambda: memoryview(m))
attempt("bytes of closed map", lambda: bytes(m))

# Read-only maps export read-only buffers.
r = mmap.mmap(-1, 8, prot=mmap.PROT_READ)
rv = memoryview(r)
print(rv.readonly)
attempt("write through read-only view", lambda: rv.__setitem__(0, 1))
rv.release()
attempt("pack_into read-only map", lambda: struct.pack_into("B", r, 0, 1))
r.close()

# Writes through the buffer reach the memory other readers see.
a = mmap.mmap(-1, 16)
memoryview(a)[2:4] = b"zz"
print(a.find(b"zz"), a[:5])
with memoryview(a) as held:
    attempt("close while held", a.close)
    attempt("__exit__ while held", lambda: a.__exit__(None, None, None))
print(a.closed, a.close(), a.closed)
