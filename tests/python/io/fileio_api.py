# io.FileIO directly: modes, repr, attributes, reading everything, errors.
import io
import os

NAME = "fileio_api.tmp"
f = io.FileIO(NAME, "w")
print(repr(f), f.mode, f.name, f.closefd, f.readable(), f.writable(), f.seekable())
print(f.write(b"hello world"), f.tell(), f.truncate(5), f.tell(), f.seek(0, 2))
f.close()
print(repr(f), f.closed, f.name, f.mode)

for mode in ["r", "rb", "r+", "a", "ab+", "w+", "x"]:
    try:
        with io.FileIO(NAME, mode) as g:
            print(mode, g.mode, g.readable(), g.writable(), g.tell())
    except Exception as e:
        print(mode, type(e).__name__, e)
for mode in ["rw", "rt", "", "r++", "z"]:
    try:
        io.FileIO(NAME, mode)
    except ValueError as e:
        print(repr(mode), "ValueError", e)

with io.FileIO(NAME) as g:
    print(g.read(2), g.readall(), g.read(), g.read(10))
    try:
        g.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
with io.FileIO(NAME, "w") as g:
    try:
        g.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)

fd_owner = io.FileIO(NAME, "r")
shared = io.FileIO(fd_owner.fileno(), closefd=False)
print(repr(shared) == f"<_io.FileIO name={fd_owner.fileno()} mode='rb' closefd=False>", shared.closefd)
shared.close()
print(fd_owner.closed, fd_owner.read())
fd_owner.close()

opened = []
def opener(path, flags):
    opened.append(path)
    return os.open(path, flags)
with open(NAME, "rb", opener=opener) as h:
    print(opened, h.read())
for bad in [lambda p, f: -5, lambda p, f: "x"]:
    try:
        io.FileIO(NAME, opener=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    io.FileIO(-3)
except ValueError as e:
    print("ValueError", e)
try:
    io.FileIO(NAME, closefd=False)
except ValueError as e:
    print("ValueError", e)
print(io.open_code(NAME).read())
os.remove(NAME)
