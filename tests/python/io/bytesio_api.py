# io.BytesIO: the whole API, including seeking past the end and getbuffer().
import io

b = io.BytesIO(b"hello world")
print(b.read(5), b.tell(), b.read(), b.read(), b.getvalue())
print(b.seek(0), b.read1(3), b.read1(), b.seek(0, 2), b.seek(-3, 2), b.read())
print(b.seek(20), b.write(b"!"), b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.write(b"??"), b.getvalue())
b.seek(0)
print(b.truncate(), b.getvalue())
for args in [(-1,), (0, 3), (0, -1), ("x",)]:
    try:
        b.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    b.truncate(-1)
except ValueError as e:
    print("ValueError", e)

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.write(memoryview(b"ghi")), b.getvalue())
b.writelines([b"1", b"2"])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
buf = bytearray(4)
b.seek(2)
print(b.readinto(buf), buf, b.readinto(bytearray(100)))
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    b.readinto(b"immutable")
except TypeError as e:
    print("TypeError", e)

b = io.BytesIO(b"abcdef")
view = b.getbuffer()
print(len(view), bytes(view), view[0])
view[0] = ord("A")
print(b.getvalue())
try:
    b.write(b"grow it beyond")
except BufferError as e:
    print("BufferError", e)
view.release()
b.seek(0, 2)
print(b.write(b"gh"), b.getvalue())

b = io.BytesIO(initial_bytes=b"kw")
print(b.getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).getvalue())
try:
    io.BytesIO("str")
except TypeError as e:
    print("TypeError", e)
state = b.__getstate__()
print(state[0], state[1])
b.close()
print(b.closed)
for method in ["getvalue", "read", "tell", "readable", "getbuffer"]:
    try:
        getattr(b, method)()
    except ValueError as e:
        print(method, "ValueError", e)
b.close()
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
