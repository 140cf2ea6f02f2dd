# io.UnsupportedOperation: its bases and where it is raised.
import io
import os

print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.BlockingIOError is BlockingIOError)

NAME = "unsupported_operation.tmp"
with open(NAME, "w") as f:
    f.write("data")


def attempt(label, func):
    try:
        func()
        print(label, "ok")
    except io.UnsupportedOperation as e:
        print(label, "UnsupportedOperation:", e, "| caught as ValueError:", isinstance(e, ValueError))
    except Exception as e:
        print(label, type(e).__name__, e)


with open(NAME) as r:
    attempt("text write on r", lambda: r.write("x"))
    attempt("text truncate on r", lambda: r.truncate())
with open(NAME, "a") as w:
    attempt("text read on a", lambda: w.read())
    attempt("text readline on a", lambda: w.readline())
with open(NAME, "rb") as r:
    attempt("bytes write on rb", lambda: r.write(b"x"))
with open(NAME, "wb") as w:
    attempt("bytes read on wb", lambda: w.read())
with open(NAME, "rb", buffering=0) as raw:
    attempt("raw write", lambda: raw.write(b"x"))
    attempt("raw truncate", lambda: raw.truncate())
attempt("BytesIO fileno", lambda: io.BytesIO().fileno())
attempt("StringIO fileno", lambda: io.StringIO().fileno())
attempt("StringIO detach", lambda: io.StringIO().detach())
attempt("IOBase seek", lambda: io.IOBase().seek(0))
attempt("IOBase tell", lambda: io.IOBase().tell())
attempt("IOBase truncate", lambda: io.IOBase().truncate())
attempt("IOBase fileno", lambda: io.IOBase().fileno())
attempt("BufferedIOBase read", lambda: io.BufferedIOBase().read())
attempt("BufferedIOBase write", lambda: io.BufferedIOBase().write(b""))
attempt("BufferedIOBase detach", lambda: io.BufferedIOBase().detach())
attempt("TextIOBase read", lambda: io.TextIOBase().read())
attempt("TextIOBase write", lambda: io.TextIOBase().write(""))
attempt("RawIOBase read", lambda: io.RawIOBase().read(1))
attempt("RawIOBase write", lambda: io.RawIOBase().write(b""))
attempt("reader over write-only", lambda: io.BufferedReader(open(NAME, "wb", buffering=0)))
attempt("writer over read-only", lambda: io.BufferedWriter(open(NAME, "rb", buffering=0)))
for base in [io.IOBase(), io.RawIOBase(), io.BufferedIOBase(), io.TextIOBase()]:
    print(type(base).__name__, base.readable(), base.writable(), base.seekable(), base.isatty())
os.remove(NAME)
