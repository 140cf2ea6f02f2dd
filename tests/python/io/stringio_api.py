# io.StringIO: reading, writing, seeking, truncating and newline handling.
import io

s = io.StringIO("hello\nworld")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.read()), repr(s.read()))
print(s.seek(0), repr(s.getvalue()), s.seek(0, 2), s.tell())
print(s.write("!"), repr(s.getvalue()))
print(s.seek(20), s.write("x"), repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(1)
print(s.write("EE"), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
print(s.encoding, s.errors, s.newlines)

s = io.StringIO()
print(s.write("a😀b"), len(s.getvalue()), s.tell())
s.seek(1)
print(repr(s.read(1)), s.tell())

for args in [(1, 1), (1, 2), (-1,), (0, 5), ("x",)]:
    try:
        s.seek(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
for bad in [lambda: s.truncate(-1), lambda: s.write(b"x"), lambda: io.StringIO(b"x"),
            lambda: io.StringIO("x", newline="q"), lambda: io.StringIO("x", newline=5),
            lambda: s.read("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

for newline in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=newline)
    s.write("x\ny")
    print("   ", repr(s.getvalue()))

s = io.StringIO("one\ntwo\n")
print(list(s), s.__getstate__())
s.close()
print(s.closed)
for method in ["getvalue", "read", "tell", "write", "readline"]:
    try:
        getattr(s, method)(*(["x"] if method == "write" else []))
    except ValueError as e:
        print(method, "ValueError", e)
