# TextIOWrapper over BytesIO: attributes, repr, reconfigure, detach, buffering modes.
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)
print(t.buffer is raw, t.readable(), t.writable(), t.seekable(), t.closed)
t.write("pending")
print(raw.getvalue())
t.flush()
print(raw.getvalue())
try:
    t.name = "named"
except AttributeError:
    print("AttributeError")
named = io.TextIOWrapper(open(__file__, "rb"))
print(repr(named), named.name)
named.close()

lb = io.TextIOWrapper(io.BytesIO(), encoding="ascii", line_buffering=True)
lb.write("no newline")
print(lb.buffer.getvalue())
lb.write(" now\n")
print(lb.buffer.getvalue())
wt = io.TextIOWrapper(io.BytesIO(), write_through=True)
wt.write("through")
print(wt.buffer.getvalue(), wt.encoding)

r = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\nline2\n"), encoding="utf-8")
print(repr(r.read(4)), repr(r.readline()), repr(r.read()))
try:
    r.reconfigure(encoding="latin-1")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

r = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\r\n"), encoding="utf-8")
r.reconfigure(encoding="latin-1", newline="")
print(r.encoding, r.errors, repr(r.read()))

w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.reconfigure(line_buffering=True, errors="replace")
print(w.line_buffering, w.errors, w.encoding)
w.reconfigure(encoding="ascii")
try:
    w.write("é\n")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
w.reconfigure(errors="replace")
w.write("é\n")
print(w.buffer.getvalue(), w.errors)
for bad in [lambda: w.reconfigure(newline="x"), lambda: w.reconfigure(encoding=5),
            lambda: io.TextIOWrapper(io.BytesIO(), newline="q"),
            lambda: io.TextIOWrapper(io.BytesIO(), encoding=5),
            lambda: io.TextIOWrapper(io.BytesIO(), errors=5),
            lambda: w.write(b"bytes")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

d = io.TextIOWrapper(io.BytesIO(b"detach me"))
d.write("x")
b = d.detach()
print(b.getvalue())
print(d.encoding, repr(d))
for bad in [lambda: d.read(), lambda: d.buffer, lambda: d.name, lambda: d.closed]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(d._CHUNK_SIZE if False else "chunk")
c = io.TextIOWrapper(io.BytesIO(b""))
print(c._CHUNK_SIZE)
c._CHUNK_SIZE = 16
print(c._CHUNK_SIZE)
try:
    c._CHUNK_SIZE = 0
except ValueError as e:
    print("ValueError", e)
