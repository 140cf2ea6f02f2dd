for s in ["", "a", "abc", "abcd", "é😀", "-42", "+3", "12", "-", "+"]:
    print(repr(s), [s.center(w) for w in (0, 5, 6)], [s.center(7, "*"), s.ljust(6, "-"), s.rjust(6, "😀"), s.zfill(6), s.zfill(1), s.zfill(-1)])
for args in [(5, "ab"), (5, ""), ("5",), (5, 1)]:
    try:
        print("x".center(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust()
except TypeError as e:
    print(type(e).__name__, e)
for s in ["  hi  ", "\t\n hi \x0b\x0c", "xxhixx", "\u3000hi\u2028", "", "abcba", "\x85a\x85", "\x1ca\x1f"]:
    print(ascii(s), ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()), ascii(s.strip("xa")), ascii(s.strip("")), ascii(s.strip(None)))
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "abc".removeprefix(""), "abc".removesuffix("x"), "abc".removeprefix("abcd"))
try:
    "x".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
for s in ["a\tb", "\t", "ab\tcd\tef", "a\nb\tc", "a\r\tb", "12345678\tx", "😀\tx", "a\tb\tc"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=1)))
try:
    "a".expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ",".join("abc"), ", ".join(x for x in ["p", "q"]), "x".join(("1",)))
for bad in [["a", 1], [b"a"], None, [None, "x"]]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
r = "".join([S("a")])
print(type(r).__name__, type("".join([S("a"), "b"])).__name__, type(S("x").strip()).__name__, type(S("x").center(1)).__name__)
