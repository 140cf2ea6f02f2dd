# readline(size), readlines(hint), iteration over files and in-memory streams.
import io
import os

NAME = "readline_iter.tmp"
with open(NAME, "w") as f:
    f.write("alpha\nbeta\n\ngamma delta\nlast line without newline")

with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline(100)), repr(f.readline(0)))
    print(repr(f.readline()), repr(f.readline(-1)))
    try:
        f.readline(None)
    except TypeError as e:
        print("TypeError", e)
    print(repr(f.readline()), repr(f.readline()))
    try:
        f.readline("x")
    except TypeError as e:
        print("TypeError", e)

with open(NAME) as f:
    print(f.readlines(8))
    print(f.readlines())
with open(NAME) as f:
    print([line for line in f])
with open(NAME) as f:
    print(next(f), next(iter(f)), list(f))
    try:
        next(f)
    except StopIteration:
        print("StopIteration")

with open(NAME, "rb") as f:
    print(f.readline(), f.readline(3), f.readline(None), f.readlines(1), list(f))

for stream in [io.StringIO("x\ny\nz"), io.BytesIO(b"x\ny\nz")]:
    print(stream.readline(), stream.readlines(), stream.readline())
    stream.seek(0)
    print(list(stream), list(stream))

lines = list(enumerate(open(NAME), 1))
print(lines[-1])
os.remove(NAME)
