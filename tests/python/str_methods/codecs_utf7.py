import codecs

# Which ASCII characters encode as themselves, alone and right after a shift sequence.
print([c for c in range(128) if chr(c).encode("utf-7") != bytes([c])])
print(b"".join(("\xe9" + chr(c)).encode("utf-7") for c in range(32, 127)))
for text in ["", "a+b", "+", "++", "\xe9", "\xe9\xe9\xe9", "\xe9-", "\xe9a", "\xe9.", "\xe9 x",
             "\xe9\n", "\xe9+", "\xe9~\\", "\ud800x", "\udc00", "\U0001f600", "a\U0010ffffb",
             "\x00\x01\x7f", "Hi Mom -\u263a-!", "\u65e5\u672c\u8a9e", "A\u2262\u0391."]:
    encoded = text.encode("utf-7")
    back = encoded.decode("utf-7")
    print(ascii(text), encoded, back == text, codecs.utf_7_encode(text), codecs.utf_7_encode(text, "ignore"))

# Decoding, with every kind of error and the handlers.
cases = [b"", b"abc", b"a+-b", b"+AOk-", b"+AOk", b"+AOkA6QDp-", b"+2D3eAA-", b"+2D3eAA", b"+2D3-x",
         b"+2D3.", b"+2D3\x80", b"+2D3+AGE-", b"+2D3", b"+2AA-", b"+3gA-", b"+AB-", b"+ABC-",
         b"+AGF-", b"+AGEA-", b"+AGEAYQ", b"+AGEAYQ-", b"+\x80", b"+!", b"+", b"a+", b"\x80",
         b"a\xffb", b"+AGE\x80", b"~\\", b"+AGEAYQB", b"+AGEAY", b"+AGEAYQBi-", b"+2D3eAA--",
         b"+2D3eAA+AGE", b"+2D3AGE-", b"+AGE\xff+2D3", b"x+AGEAY\x80y"]
for data in cases:
    row = []
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            row.append(ascii(data.decode("utf-7", errors)))
        except UnicodeDecodeError as e:
            row.append(f"{e.encoding}:{e.start}-{e.end}:{e.reason}")
    print(data, row)
    for final in [False, True]:
        try:
            print("  ", final, ascii(codecs.utf_7_decode(data, "replace", final)))
        except UnicodeDecodeError as e:
            print("  ", final, e)
try:
    b"x+AB-y".decode("utf-7")
except UnicodeDecodeError as e:
    print(e)

# A handler registered from Python sees the exception and chooses where to resume.
def handler(exc):
    print("handler", exc.encoding, exc.start, exc.end, exc.reason, exc.object)
    return ("<%d>" % exc.start, exc.end + 1 if exc.end < len(exc.object) else exc.end)
codecs.register_error("test.utf7", handler)
for data in [b"+AB-xyz", b"a\x80bc", b"+AGEA", b"+!-q", b"+AGEA+AGE"]:
    print(ascii(data.decode("utf-7", "test.utf7")))

# Incremental decoding byte by byte gives what decoding all at once gives.
for text in ["a\xe9b\U0001f600c+d-", "\u65e5\u672c+\u8a9e", "x-\ud7ff-", "\xe9" * 7]:
    encoded = text.encode("utf-7")
    decoder = codecs.getincrementaldecoder("utf-7")()
    parts = [decoder.decode(encoded[i:i + 1]) for i in range(len(encoded))]
    parts.append(decoder.decode(b"", final=True))
    print(encoded, [ascii(p) for p in parts], "".join(parts) == text)
    encoder = codecs.getincrementalencoder("utf-7")()
    print(b"".join(encoder.encode(ch) for ch in text) + encoder.encode("", final=True))
decoder = codecs.getincrementaldecoder("utf-7")()
print(ascii(decoder.decode(b"a+AOk")), decoder.getstate())
try:
    decoder.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)

# Argument checking.
for call in [lambda: codecs.utf_7_decode(b"a", 1), lambda: codecs.utf_7_encode("a", 1),
             lambda: codecs.utf_7_decode("a"), lambda: codecs.utf_7_encode(b"a"),
             lambda: codecs.utf_7_decode(bytearray(b"+AOk-"), None, 0),
             lambda: codecs.utf_7_decode(memoryview(b"+AOk-x")), lambda: b"+AOk-".decode("utf7", "nonesuch")]:
    try:
        print(call())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)

# A long text round-trips.
text = "".join(chr(c) for c in range(0, 0x3000, 7)) + "\U00010000\U0010fffd"
encoded = text.encode("utf-7")
print(len(encoded), encoded.decode("utf-7") == text, hash(encoded) == hash(bytes(encoded)))
print(encoded[:120])
