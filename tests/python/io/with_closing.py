# Context managers close files, also when the body raises; __exit__ returns None.
import io
import os

NAME = "with_closing.tmp"

with open(NAME, "w") as f:
    print(f.__enter__() is f, f.closed)
print(f.closed)

try:
    with open(NAME, "w") as g:
        g.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, g.closed)
with open(NAME) as h:
    print(repr(h.read()))

with open(NAME, "rb") as a, open(NAME, "rb", buffering=0) as b:
    print(a.read(3), b.read(3))
print(a.closed, b.closed)

f = open(NAME)
print(f.__exit__(None, None, None), f.closed)
f = open(NAME)
print(f.buffer.closed, f.buffer.raw.closed)
f.close()
print(f.buffer.closed, f.buffer.raw.closed)

for stream in [io.StringIO("s"), io.BytesIO(b"b")]:
    with stream as s:
        print(type(s).__name__, s.read())
    print(stream.closed)

text = open(NAME)
buffer = text.detach()
print(type(buffer).__name__, buffer.closed)
try:
    text.read()
except ValueError as e:
    print("ValueError", e)
buffer.close()
os.remove(NAME)
