import codecs
tests = [b"\x00\xd8", b"\x00\xdc", b"\x00\xd8a\x00", b"a\x00\x00", b"\xff\xfe\x00\xd8", b"\xfe\xff\xd8\x00\xdc\x00", b"\x00\xd8\x00",
         b"\xff\xfe", b"", b"\xfe\xff\x00a\x00b", b"=\xd8\x00\xde"]
for t in tests:
    for enc in ["utf-16-le", "utf-16", "utf-16-be"]:
        out = []
        for err in ["strict", "replace", "ignore", "surrogatepass", "surrogateescape", "backslashreplace"]:
            try:
                out.append(ascii(t.decode(enc, err)))
            except UnicodeDecodeError as e:
                out.append(f"{e.encoding}:{e.start}-{e.end}:{e.reason}")
        print(t, enc, out)
for t in [b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"a\x00\x00\x00b", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a",
          b"\x00\x00\x01\xf6"]:
    for enc in ["utf-32-le", "utf-32", "utf-32-be"]:
        out = []
        for err in ["strict", "replace", "surrogatepass", "surrogateescape", "ignore"]:
            try:
                out.append(ascii(t.decode(enc, err)))
            except UnicodeDecodeError as e:
                out.append(f"{e.encoding}:{e.start}-{e.end}:{e.reason}")
        print(t, enc, out)
s = "a\U0001f600\udc80\ud800b"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    for err in ["surrogatepass", "replace", "ignore"]:
        b = s.encode(enc, err)
        back = b.decode(enc, "surrogatepass") if err == "surrogatepass" else b.decode(enc)
        print(enc, err, b, ascii(back), back == s)
print(codecs.utf_16_encode("ab"), codecs.utf_16_encode("ab", None, 1), codecs.utf_16_le_decode(b"a\x00b"), codecs.utf_16_decode(b"a\x00b", None, True) if False else "")
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True), codecs.utf_32_ex_decode(b"a\x00\x00\x00", None, 0, True), codecs.utf_16_be_decode(b"\x00a\xd8", None, False))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b", None, False), codecs.utf_32_be_encode("é"), codecs.utf_32_le_encode("\ud800", "surrogatepass"))
dec = codecs.getincrementaldecoder("utf-16")()
print(ascii(dec.decode(b"\xff")), ascii(dec.decode(b"\xfea")), ascii(dec.decode(b"\x00=\xd8")), ascii(dec.decode(b"\x00\xde", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), codecs.encode("x", "utf-32"), codecs.decode(b"\xff\xfe\x00\x00x\x00\x00\x00", "utf-32"))
def custom(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d-%d>" % (exc.start, exc.end), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("custom", custom)
print("a\udc80\udc81b".encode("utf-8", "custom"), "aé😀".encode("ascii", "custom"), "aé€".encode("latin-1", "custom"), "\ud800x".encode("utf-16-le", "custom"))
print(b"a\xff\xfeb".decode("utf-8", "custom"), b"a\x80".decode("ascii", "custom"), b"a\x00\x00\xdc".decode("utf-16-le", "custom"), b"\x80".decode("cp1252" if False else "utf-8", "custom"))
codecs.register_error("tobytes", lambda exc: (b"!!", exc.end))
print("x\udc80y".encode("utf-8", "tobytes"), "\ud800".encode("utf-16-le", "tobytes"), "é".encode("ascii", "tobytes"))
codecs.register_error("skip2", lambda exc: ("", exc.start + 2) if isinstance(exc, UnicodeDecodeError) else ("?", exc.end - len(exc.object)))
print(b"\xffab\xffcd".decode("utf-8", "skip2"), "éééx".encode("ascii", "skip2"))
for handler in [lambda exc: None, lambda exc: ("x", 100), lambda exc: (1, 1), lambda exc: ("é", exc.end)]:
    codecs.register_error("bad", handler)
    for f in [lambda: "é".encode("ascii", "bad"), lambda: b"\xff".decode("utf-8", "bad"), lambda: "\ud800".encode("utf-16", "bad")]:
        try:
            print(ascii(f()))
        except Exception as e:
            print(type(e).__name__, e)
print("\u0394\u00e9\u2603\U0001F40D\u0378\x80".encode("ascii", "namereplace"), "\uac00\u4e00".encode("latin-1", "namereplace"))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "\u00e9x", 0, 1, "r")), codecs.lookup_error("namereplace")(UnicodeEncodeError("ascii", "\u2603", 0, 1, "r")))
print("aé".encode("cp1252", "namereplace"), "€☃".encode("cp1252", "namereplace"), "☃".encode("iso8859-15", "xmlcharrefreplace"), b"\x81\x80".decode("cp1252", "replace"))
for enc in ["rot13", "rot-13"]:
    try:
        "x".encode(enc)
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        b"x".decode(enc)
    except LookupError as e:
        print(type(e).__name__, e)
