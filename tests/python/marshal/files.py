# dump/load on binary files: load consumes exactly one object's bytes.
import io
import marshal
import os
import tempfile

buf = io.BytesIO()
four = [4]
six = {6}
values = [1, "two", (3.0, four), {"five": six}, None]
for v in values:
    marshal.dump(v, buf)
marshal.dump(2 ** 80, buf, 2)
print(buf.getvalue()[:30], len(buf.getvalue()))
buf.seek(0)
for _ in range(len(values) + 1):
    print(marshal.load(buf), buf.tell())
try:
    marshal.load(buf)
except EOFError as e:
    print("EOFError", e)
short = io.BytesIO(b"i\x01\x00")
try:
    marshal.load(short)
except EOFError as e:
    print("EOFError", e)
try:
    marshal.load(io.StringIO("x"))
except TypeError as e:
    print("TypeError", e)
try:
    marshal.dump(1, io.StringIO())
except TypeError as e:
    print("TypeError", e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        marshal.dump({"k": [1, 2, 3]}, f)
        marshal.dump("second", f)
    with open(path, "rb") as f:
        print(marshal.load(f), marshal.load(f), f.read())
    print(os.path.getsize(path))
