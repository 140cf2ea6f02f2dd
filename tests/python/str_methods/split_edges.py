cases = ["", " ", "  a  b  ", "a,b,,c,", ",", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\u2028l\u3000m",
         "one two three four", "a  b", "\u00a0x\u00a0"]
for s in cases:
    print(ascii(s))
    print("  ", s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=-1))
    print("  ", s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(" "), s.rsplit(" ", 2), s.split("  "))
lines = ["", "a", "a\n", "a\nb", "a\r\nb\r", "a\rb\n\nc", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "\n\n", "\r\n\r\n", "no newline"]
for s in lines:
    print(ascii(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
for args in [("",), ("", 1), (1,), (",", "x")]:
    try:
        print("a,b".split(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("a,b,c".split(sep=",", maxsplit=1), "a b c".rsplit(maxsplit=1), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
for s in ["a=b=c", "abc", "=", ""]:
    print(s.partition("="), s.rpartition("="), s.partition("bc"), s.rpartition("a"))
for sep in ["", 1, None]:
    try:
        print("abc".partition(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("x😀y😀z".split("😀"), "😀".join(["a", "b"]), "a😀b".partition("😀"), "😀 😀".split())
