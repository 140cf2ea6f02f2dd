# open(): mode validation, argument types and OS errors, with CPython's messages.
NAME = "open_modes.tmp"


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(result).__name__)
        result.close()


with open(NAME, "w") as f:
    f.write("data\n")

for mode in ["r", "rb", "rt", "w", "wb", "a", "ab", "r+", "r+b", "w+", "a+b", "rb+", "br"]:
    attempt(repr(mode), lambda: open(NAME, mode))

for mode in ["", "rw", "rr", "rU", "U", "rtb", "x+a", "q", "r++", "wa", "b", "t", "+"]:
    attempt(repr(mode), lambda: open(NAME, mode))

attempt("binary+encoding", lambda: open(NAME, "rb", encoding="utf-8"))
attempt("binary+errors", lambda: open(NAME, "rb", errors="strict"))
attempt("binary+newline", lambda: open(NAME, "rb", newline=""))
attempt("unbuffered text", lambda: open(NAME, "r", buffering=0))
attempt("bad newline", lambda: open(NAME, "r", newline="x"))
attempt("mode int", lambda: open(NAME, 1))
attempt("buffering str", lambda: open(NAME, buffering="x"))
attempt("encoding int", lambda: open(NAME, encoding=5))
attempt("errors int", lambda: open(NAME, errors=5))
attempt("file float", lambda: open(1.5))
attempt("file list", lambda: open([]))
attempt("closefd name", lambda: open(NAME, closefd=False))
attempt("unknown encoding", lambda: open(NAME, encoding="no-such-codec"))
attempt("missing", lambda: open("no_such_dir_xyz/file.txt"))
attempt("missing r", lambda: open("no_such_file_xyz.txt"))
attempt("directory", lambda: open("."))
attempt("directory w", lambda: open(".", "w"))
attempt("null byte", lambda: open("a\0b"))
attempt("negative fd", lambda: open(-1))

try:
    open("no_such_file_xyz.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.filename2)

try:
    open(NAME, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename)

with open(NAME, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.mode, raw.read())

import os
os.remove(NAME)
