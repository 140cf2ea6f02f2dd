# seek()/tell() on binary and text files, including opaque text cookies.
import io
import os

NAME = "seek_tell.tmp"

with open(NAME, "wb") as f:
    f.write(b"0123456789")
    print(f.tell(), f.seek(2), f.tell(), f.seek(-1, 2), f.seek(3, 1), f.tell())
    f.write(b"!")
with open(NAME, "rb") as f:
    print(f.read())
    print(f.seek(0), f.read(2), f.tell(), f.seek(1, 1), f.read(2), f.seek(-2, 2), f.read())
    for args in [(-1,), (0, 3), (1.5,), ("x",)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(args, type(e).__name__, e)

text = "aé\n😀b\nc€d\nlast"
with open(NAME, "w", encoding="utf-8") as f:
    f.write(text)
    print("tell after write", f.tell())

with open(NAME, encoding="utf-8") as f:
    cookies = []
    while True:
        cookies.append(f.tell())
        c = f.read(1)
        if not c:
            break
    print(cookies)
    for i in [5, 3, 0, 9, len(cookies) - 1]:
        f.seek(cookies[i])
        print(i, repr(f.read(2)))
    f.seek(0)
    line = f.readline()
    pos = f.tell()
    print(repr(line), pos, repr(f.readline()))
    f.seek(pos)
    print(repr(f.read()))
    print(f.seek(0, 2), repr(f.read()))
    for args in [(1, 1), (1, 2), (0, 5), (-1,)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(args, type(e).__name__, e)
    f.seek(0)
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print("OSError", e)
            break
    print(list(f)[-1], f.tell() > 0)

s = io.StringIO("hello")
print(s.seek(0, 2), s.tell(), s.seek(2), s.read())
b = io.BytesIO(b"hello")
print(b.seek(-2, 2), b.read(), b.seek(10), b.read(), b.tell())
os.remove(NAME)
