pairs = [("a", "b"), ("a", "a"), ("", "a"), ("abc", "abd"), ("Z", "a"), ("é", "z"), ("😀", "\uffff"), ("\ud800", "\U00010000"), ("ab", "abc"), ("b", "abc")]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(["b", "A", "a", "B", "é", "E", "😀", "~", " ", ""]), max("apple", "banana"), min(["b", "a", "c"]))
print("abc" == "abc", "abc" is not None, "a" * 1000 == "a" * 1000, "abc".__eq__(1), "abc".__lt__(1), "a".__gt__("b"))
for bad in ["'a' < 1", "'a' <= None", "'a' > b'a'", "'a' >= ['a']"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, type(e).__name__, e)
print("a" == b"a", "1" == 1, "a" != b"a", hash("abc") == hash("abc"), hash("") == 0, len({"a", "a", "b"}))
print("ß".lower() == "ß", "ß".upper(), "ß".casefold(), "ﬀ".casefold(), "İ".lower(), len("İ".lower()), "ΣΣ".lower(), "Σ".lower())
print("straße".upper().lower(), "Ǆ".lower(), "ǆ".upper(), "ǆ".title(), "ǅ".swapcase(), "ﬃ".upper(), "ŉ".upper(), "ǰ".title())
