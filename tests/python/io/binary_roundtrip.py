# Binary files: BufferedWriter/Reader/Random and unbuffered FileIO.
import io
import os

NAME = "binary_roundtrip.tmp"
data = bytes(range(256)) * 40

with open(NAME, "wb") as f:
    print(type(f).__name__, f.write(data), f.write(b""), f.tell())
    print(f.write(bytearray(b"ba")), f.write(memoryview(b"mv")))
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)

with open(NAME, "rb") as f:
    back = f.read()
print(len(back), back[:4], back[-6:], back[:10240] == data)

with open(NAME, "ab") as f:
    print(f.tell(), f.write(b"END"))

with open(NAME, "r+b") as f:
    print(type(f).__name__, f.read(3))
    f.write(b"XYZ")
    f.seek(0)
    print(f.read(8))
    f.seek(-3, 2)
    print(f.read())
    print(f.truncate(10), f.tell())
    f.seek(0)
    print(f.read())

buf = bytearray(4)
with open(NAME, "rb") as f:
    print(f.readinto(buf), buf)
    print(f.readinto(memoryview(buf)[1:3]), buf)
    print(f.read(100), f.read(), f.read(1))

with open(NAME, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.write(b"raw bytes"))
with open(NAME, "rb", buffering=0) as f:
    print(f.read(3), f.readall(), f.read())

with open(NAME, "rb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f.raw, io.RawIOBase), f.raw.closefd)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
os.remove(NAME)
