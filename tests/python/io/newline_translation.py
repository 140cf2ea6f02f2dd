# newline= on writing and reading text files, and the newlines attribute.
import os

NAME = "newline_translation.tmp"
TEXT = "a\nb\r\nc\rd\n"

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", newline=newline) as f:
        f.write(TEXT)
    with open(NAME, "rb") as f:
        print("write", repr(newline), f.read())

with open(NAME, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n\r\nend\r")

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=newline) as f:
        lines = f.readlines()
        print("read", repr(newline), lines, f.newlines)
    with open(NAME, newline=newline) as f:
        print("  read()", repr(f.read()))

with open(NAME) as f:
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.read()
    print(f.newlines)

# A '\r' at the end of one chunk and '\n' at the start of the next is one newline.
with open(NAME, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y\r\n")
with open(NAME) as f:
    lines = f.readlines()
    print(len(lines), [len(line) for line in lines], repr(lines[-1]))
with open(NAME, newline="") as f:
    print([len(line) for line in f])
os.remove(NAME)
