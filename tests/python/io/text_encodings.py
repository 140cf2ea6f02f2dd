# Text encodings: utf-8, latin-1, ascii, a charmap codec, error handlers.
import os

NAME = "encodings.tmp"
TEXT = "café ñ € ÿ"

for encoding in ["utf-8", "latin-1", "cp1252", "iso8859-15", "UTF8", "Latin1"]:
    try:
        with open(NAME, "w", encoding=encoding) as f:
            f.write(TEXT)
            print(encoding, f.encoding)
    except UnicodeEncodeError as e:
        print(encoding, "UnicodeEncodeError", e)
    with open(NAME, "rb") as f:
        print("  bytes", f.read())
    with open(NAME, encoding=encoding, errors="replace") as f:
        print("  text", repr(f.read()))

with open(NAME, "w", encoding="ascii", errors="replace") as f:
    f.write(TEXT)
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write(TEXT)
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write(TEXT)
with open(NAME, "rb") as f:
    print(f.read())

with open(NAME, "wb") as f:
    f.write(b"ok \xff\xfe bad \xc3\xa9")
for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
    try:
        with open(NAME, encoding="utf-8", errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)

# A multi-byte character split across reads still decodes.
with open(NAME, "wb") as f:
    f.write("é".encode() * 5000)
with open(NAME, encoding="utf-8") as f:
    f._CHUNK_SIZE = 7
    parts = []
    while True:
        s = f.read(3)
        if not s:
            break
        parts.append(s)
    print(len(parts), set("".join(parts)), len("".join(parts)))

with open(NAME, "w", encoding="utf-8") as f:
    try:
        f.write("\ud800")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)

for bad in ["no-such-codec", "hex", "rot13"]:
    try:
        open(NAME, encoding=bad)
    except LookupError as e:
        print("LookupError", e)
os.remove(NAME)
