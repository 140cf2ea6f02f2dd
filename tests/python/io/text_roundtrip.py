# Text files: write, read back, append, exclusive creation, r+ and w+.
import os

NAME = "text_roundtrip.tmp"

with open(NAME, "w", encoding="utf-8") as f:
    print(f.write("first line\n"))
    print(f.write("ünïcödé and 😀\n"))
    f.writelines(["a\n", "b\n", "c"])
    print(f.name, f.mode, f.encoding, f.errors, f.closed)
print(f.closed)

with open(NAME, encoding="utf-8") as f:
    text = f.read()
print(repr(text), len(text))

with open(NAME, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(NAME, encoding="utf-8") as f:
    print(f.readlines())

with open(NAME, "r+", encoding="utf-8") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))

with open(NAME, "w+", encoding="utf-8") as f:
    f.write("truncated and rewritten")
    f.seek(0)
    print(repr(f.read()))

with open(NAME, "rb") as f:
    print(f.read())

os.remove(NAME)
with open(NAME, "x") as f:
    f.write("exclusive")
try:
    open(NAME, "x")
except FileExistsError as e:
    print("FileExistsError", e)
with open(NAME) as f:
    print(f.read(), f.encoding)

# Data written through a file object nobody keeps reaches the file.
open(NAME, "w").write("unreferenced")
with open(NAME) as g:
    print(repr(g.read()))
f = open(NAME, "w")
f.write("buffered")
f.close()
with open(NAME) as g:
    print(repr(g.read()))
os.remove(NAME)
