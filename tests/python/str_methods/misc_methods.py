print("abc".__len__(), str.__len__("ab"), str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"xy"), "latin-1"))
print(str(b"\xff", errors="ignore"), str(object=5), repr(str(object="x")), str(memoryview(b"mv"), "ascii"))
for args, kwargs in [((1, "utf-8"), {}), ((b"\xff", "utf-8"), {}), ((b"a", "nope"), {}), (("a", "utf-8"), {}), ((), {"encoding": "utf-8"}),
                     ((b"a", 1), {}), ((b"a", "utf-8", "strict", 4), {}), ((), {"x": 1})]:
    try:
        print(repr(str(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
print("Hello".__getitem__(slice(1, 3)), "x".__add__("y"), "x".__mul__(3), "x".__rmul__(2), "%s".__mod__(5), "a".__rmod__("b") if False else "")
print("a".__eq__(1), "a".__lt__("b"), "a".__ne__("a"), str.__hash__("") == hash(""), "ab".__iter__().__next__())
print(ascii("aé😀\n\x00"), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\x7f\x80\xa0\xad"), repr("\u2028\ufeff\U000e0001"))
print("abc".isascii(), "é".isascii(), "".isascii(), "x".upper().lower().capitalize(), str.upper("q"), str.__name__, str.__qualname__)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.join(",", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".nope
except AttributeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print("a" "b", "abc"[-1], "abc"[10:], "abc"[-10:2], "abcdef"[::2], "abcdef"[5:0:-2], "abc"[::-2], "😀é"[::-1])
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(dir("") )[:5], len([n for n in dir(str) if not n.startswith("_")]))
print(sorted(n for n in dir(str) if not n.startswith("_")))
