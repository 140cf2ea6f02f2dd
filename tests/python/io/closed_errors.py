# Operations on closed files and streams: ValueError with each class's message.
import io
import os

NAME = "closed_errors.tmp"
with open(NAME, "w") as f:
    f.write("x\n")


def probe(label, stream, calls):
    stream.close()
    stream.close()  # closing twice is fine
    print(label, stream.closed)
    for name, args in calls:
        try:
            getattr(stream, name)(*args)
            print("  ", name, "worked")
        except ValueError as e:
            print("  ", name, type(e).__name__, e)


common = [("read", ()), ("readline", ()), ("seek", (0,)), ("tell", ()), ("flush", ()),
          ("readable", ()), ("writable", ()), ("seekable", ()), ("isatty", ()),
          ("fileno", ()), ("__iter__", ()), ("__enter__", ()), ("readlines", ())]
probe("text r", open(NAME), common + [("write", ("x",))])
probe("text w", open(NAME, "w"), common + [("write", ("x",))])
probe("buffered r", open(NAME, "rb"), common + [("peek", ()), ("read1", ()),
                                               ("readinto", (bytearray(1),))])
probe("buffered w", open(NAME, "wb"), common + [("write", (b"x",)), ("truncate", ())])
probe("fileio", open(NAME, "rb", buffering=0), common + [("readall", ()),
                                                        ("readinto", (bytearray(1),))])
probe("bytesio", io.BytesIO(b"x"), common + [("getvalue", ()), ("write", (b"x",))])
probe("stringio", io.StringIO("x"), common + [("getvalue", ()), ("write", ("x",))])

f = open(NAME)
f.close()
try:
    for line in f:
        pass
except ValueError as e:
    print("iteration", e)
try:
    with f:
        pass
except ValueError as e:
    print("with", e)
print(repr(open(NAME, "rb", buffering=0).__class__), repr(f).startswith("<_io.TextIOWrapper name="))
raw = open(NAME, "rb", buffering=0)
raw.close()
print(repr(raw))
os.remove(NAME)
