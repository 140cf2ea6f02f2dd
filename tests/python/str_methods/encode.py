s = "aé€😀\udcff\ud800x"
for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "cp1252", "iso8859-15"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeError as e:
            print(enc, errors, type(e).__name__, e)
        except LookupError as e:
            print(enc, errors, type(e).__name__, e)
print("abc".encode(), "é".encode(encoding="latin1"), "x".encode("UTF8"), "x".encode("u8"), "é".encode("ISO-8859-1", errors="strict"))
for args in [("nope",), ("utf-8", "nope"), (1,)]:
    try:
        print("é\udc80".encode(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    "a😀b".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print("\u0394\u00e9\u2603\U0001F40D".encode("ascii", "namereplace"), "\x80\u0378".encode("ascii", "namereplace"))
print("\U0010ffff".encode("utf-16-le"), "\udc80\udcff".encode("utf-8", "surrogateescape"), "\udc7f".encode("utf-8", "surrogateescape" if False else "replace"))
try:
    "\udc7f".encode("utf-8", "surrogateescape")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "surrogatepass")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(len("😀".encode("utf-8")), len("😀".encode("utf-16")), "😀".encode("utf-16-le").decode("utf-16-le") == "😀")
