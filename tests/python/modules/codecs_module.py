import _codecs
import codecs
import encodings

info = codecs.lookup("utf-8")
print(info.name, info.name == "utf-8", type(info).__name__, isinstance(info, tuple), len(info))
for name in ["UTF8", "utf_8", "U8", "Latin-1", "latin1", "ASCII", "us-ascii", " utf--8 ",
             "iso8859-1", "cp1252", "utf-16", "rot13"]:
    print(repr(name), codecs.lookup(name).name)
print(codecs.lookup("utf-8") is codecs.lookup("UTF-8"))
for name in ["no-such-codec", "", "utf-8\u00e9x"]:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print("LookupError:", e)
try:
    codecs.lookup(1)
except TypeError as e:
    print("TypeError:", e)

# codec functions
print(_codecs.utf_8_encode("a\u00e9\u20ac\U0001F600"))
print(_codecs.utf_8_encode("a\udc80b", "surrogateescape"))
print(_codecs.utf_8_encode("a\ud800b", "surrogatepass"))
print(_codecs.utf_8_encode("a\ud800b", "replace"))
print(_codecs.utf_8_decode(b"a\xc3\xa9"))
print(_codecs.utf_8_decode(b"a\xc3", None, False))
print(_codecs.utf_8_decode(b"a\xe2\x82", "strict", False))
print(_codecs.utf_8_decode(b"a\xe2\x82\xac\xf0\x9f", "strict"))
print(_codecs.utf_8_decode(b"a\xff\xfe", "replace", True))
print(_codecs.utf_8_decode(bytearray(b"xyz")))
print(_codecs.utf_8_decode(memoryview(b"xyz")))
print(_codecs.utf_8_decode(b"a\x80b", "surrogateescape", True))
try:
    _codecs.utf_8_decode(b"a\xc3", "strict", True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.args)
try:
    _codecs.utf_8_encode("a\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.args)
print(_codecs.latin_1_encode("a\xe9\xff"), _codecs.latin_1_decode(b"\xe9\xff"))
print(_codecs.latin_1_encode("a\u20acb", "xmlcharrefreplace"))
print(_codecs.ascii_encode("a\xe9b", "backslashreplace"), _codecs.ascii_decode(b"a\xe9b", "ignore"))
try:
    _codecs.ascii_decode(b"a\xe9b")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.args)
for bad in [(_codecs.utf_8_encode, b"x"), (_codecs.utf_8_decode, "x")]:
    try:
        bad[0](bad[1])
    except TypeError as e:
        print("TypeError:", e)

# escape codecs
print(_codecs.escape_encode(b"a'\\\t\n\r\x00\x7f\xff\"z"))
print(_codecs.escape_decode(b"a\\'\\\\\\t\\n\\x41\\101\\\nz"))
print(_codecs.escape_decode("\\x41\u00e9"))
for data, errors in [(b"\\x4", "strict"), (b"ab\\xzz", "strict"), (b"\\x4g", "replace"),
                     (b"\\x4g", "ignore"), (b"abc\\", "strict")]:
    try:
        print(_codecs.escape_decode(data, errors))
    except ValueError as e:
        print("ValueError:", e)

# encode/decode through the registry
print(codecs.encode("h\xe9", "utf-8"), codecs.decode(b"h\xc3\xa9"), codecs.encode("abc", "rot13"))
print(_codecs.encode("x", "latin-1", "strict"), _codecs.decode(b"x", "ascii"))
print(codecs.encode("\xe9", "ascii", "replace"))
try:
    codecs.encode("x", "nope")
except LookupError as e:
    print("LookupError:", e)

# error handlers as objects
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
             "surrogateescape", "surrogatepass", "namereplace"]:
    handler = codecs.lookup_error(name)
    print(name, handler.__name__, handler is codecs.lookup_error(name))
print(codecs.strict_errors is codecs.lookup_error("strict"), codecs.ignore_errors.__name__)
enc = UnicodeEncodeError("ascii", "a\xe9\u20acz", 1, 3, "bad")
dec = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
tra = UnicodeTranslateError("a\xe9b", 1, 2, "bad")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
    for exc in (enc, dec, tra):
        try:
            print(name, type(exc).__name__, codecs.lookup_error(name)(exc))
        except (TypeError, UnicodeError) as e:
            print(name, type(exc).__name__, type(e).__name__, e.args)
try:
    codecs.strict_errors(enc)
except UnicodeEncodeError as e:
    print("raised", e is enc)
print(codecs.lookup_error("surrogateescape")(UnicodeEncodeError("utf-8", "a\udc80\udcff", 1, 3, "x")))
print(codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-8", "a\ud800", 1, 2, "x")))
print(codecs.lookup_error("surrogatepass")(UnicodeDecodeError("utf-8", b"a\xed\xa0\x80", 1, 2, "x")))
try:
    codecs.strict_errors(ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
try:
    codecs.strict_errors("not an exception")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.register_error("bad", 1)
except TypeError as e:
    print("TypeError:", e)
# exc.args[3] rather than exc.end: Taipan lacks the UnicodeError attributes so far
codecs.register_error("mine", lambda exc: ("?", exc.args[3]))
print(codecs.lookup_error("mine")(enc))


# search functions
def search(name):
    print("search", repr(name))
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)),
                                name="my-codec")
    if name == "bad_codec":
        return (1, 2)
    return None


codecs.register(search)
print(codecs.lookup("My Codec").name, codecs.encode("abc", "my-codec"), codecs.decode(b"XY", "my_codec"))
print(codecs.lookup("my.codec") if False else "skip")
try:
    codecs.lookup("bad-codec")
except TypeError as e:
    print("TypeError:", e)
codecs.unregister(search)
try:
    codecs.lookup("what ever")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.register(1)
except TypeError as e:
    print("TypeError:", e)

# incremental and stream interfaces from codecs.py
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "é€".encode()], dec.decode(b"", final=True))
enc = codecs.getincrementalencoder("latin-1")()
print(enc.encode("ab"), enc.encode("\xe9", final=True))
print(list(codecs.iterdecode([b"a\xc3", b"\xa9"], "utf-8")))
print(codecs.charmap_build("abc"))
print(encodings.normalize_encoding("Latin 1"), encodings.search_function("latin_1").name)

# charmap codecs (cp1252, cp437 and direct calls)
print(codecs.decode(b"\x80abc\x9d", "cp1252", "replace"), codecs.encode("\u20acabc", "cp1252"))
print(codecs.decode(b"\x80\x81", "cp1252", "backslashreplace"), codecs.decode(b"\xb0", "cp437"))
print(codecs.encode("a\u0100\u0101b", "cp1252", "xmlcharrefreplace"), codecs.encode("a\u0100b", "cp1252", "replace"))
print(codecs.encode("a\u0100b", "cp1252", "ignore"), codecs.encode("a\u0100b", "cp1252", "backslashreplace"))
try:
    codecs.decode(b"\x81", "cp1252")
except UnicodeDecodeError as e:
    print(e.args)
try:
    codecs.encode("a\u0100\u0101b", "cp1252")
except UnicodeEncodeError as e:
    print(e.args)
print(_codecs.charmap_decode(b"\x00\x01", "strict", {0: "ab", 1: 0x20ac}))
print(_codecs.charmap_decode(b"\x00\x01\x05", "replace", "xy"))
print(_codecs.charmap_decode(b"\xe9"), _codecs.charmap_encode("\xe9"))
print(_codecs.charmap_encode("ab", "strict", {97: 65, 98: b"BB"}))
try:
    _codecs.charmap_encode("abc", "strict", {97: 65, 98: b"BB", 99: None})
except UnicodeEncodeError as e:
    print(e.args)
codecs.register_error("star", lambda e: ("*", e.args[3]))
print(codecs.decode(b"\x81x", "cp1252", "star"), codecs.encode("\u0100\u0101x", "cp1252", "star"))
try:
    _codecs.charmap_decode(b"\x00", "strict", {0: 1.5})
except TypeError as e:
    print("TypeError:", e)
try:
    _codecs.charmap_encode("a", "strict", {97: 300})
except TypeError as e:
    print("TypeError:", e)
import encodings.cp1252 as c
print(c.Codec().encode("\u20ac"), c.Codec().decode(b"\x80"))

# escape_decode warns about the first invalid escape
import warnings

for data in [b"\\q\\z", b"a\\777\\q", b"\\400", b"\\377ok", b"fine\\n"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _codecs.escape_decode(data)
    print(result, [(w.category.__name__, str(w.message), w.lineno) for w in caught])

# unicode_escape, raw_unicode_escape, readbuffer_encode
print(_codecs.unicode_escape_encode("a'\"\\\t\n\r\x00\x7f\xe9\u20ac\U0001F600"))
print(_codecs.raw_unicode_escape_encode("a\\\xe9\u20ac\U0001F600\udc80"))
print(_codecs.unicode_escape_decode(b"a\\x41\\u20ac\\U0001F600\\101\\'\\\"\\b\\f\\v\\a\\\n\xe9"))
print(_codecs.unicode_escape_decode(b"ab\\x4", "strict", False),
      _codecs.unicode_escape_decode(b"ab\\", "strict", False),
      _codecs.unicode_escape_decode(b"ab\\u12", None, False))
for d in [b"\\x4", b"\\u12x", b"\\U00110000", b"x\\"]:
    for e in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(d, e, _codecs.unicode_escape_decode(d, e))
        except UnicodeDecodeError as x:
            print(d, e, x.args)
print(_codecs.raw_unicode_escape_decode(b"a\\u20ac\\\\u20ac\\x41\xe9"),
      _codecs.raw_unicode_escape_decode(b"\\u12", "replace"),
      _codecs.raw_unicode_escape_decode(b"\\u12", "strict", False))
print(_codecs.raw_unicode_escape_decode(b"x\\"), _codecs.raw_unicode_escape_decode(b"x\\", None, False),
      _codecs.raw_unicode_escape_decode(b"\\U00110000", "replace"))
try:
    _codecs.raw_unicode_escape_decode(b"\\U00110000")
except UnicodeDecodeError as e:
    print(e.args)
print(_codecs.readbuffer_encode("\xe9"), _codecs.readbuffer_encode(bytearray(b"x")))
print(_codecs.unicode_escape_decode("\\x41\xe9"))
print(codecs.decode(b"tab\\there", "unicode_escape"), codecs.encode("\u20ac\n", "unicode_escape"))
print(codecs.encode("\u20ac\n", "raw_unicode_escape"), codecs.decode(b"\\u20ac", "raw_unicode_escape"))
for data in [b"\\q\\z", b"a\\777\\q"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _codecs.unicode_escape_decode(data)
    print(result, [(w.category.__name__, str(w.message)) for w in caught])
