s = "hello world, hello python"
for sub in ["hello", "o", "", "xyz", "python", "h", "lo w"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.find(sub, -6), s.rfind(sub, 0, 10),
          s.count(sub, 3, -3), s.find(sub, 100), s.count(sub, 100), sub in s, s.startswith(sub), s.endswith(sub))
print("".find(""), "".rfind(""), "".count(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
print("abc".find("c", None, None), "abc".find("c", -100, 100), "aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
for args in [("x",), ("h", 1, 4), ("l",), ("o", -3)]:
    for m in ("index", "rindex"):
        try:
            print(m, args, getattr(s, m)(*args))
        except ValueError as e:
            print(m, args, type(e).__name__, e)
for args in [(1,), ("a", "1"), ("a", 1.5), ()]:
    try:
        print(s.find(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(s.startswith(("x", "he")), s.endswith(("on", "x")), s.startswith("world", 6), s.startswith("", 100), s.endswith("hello", 0, 5),
      s.startswith(()), "abc".endswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".startswith("a", -10))
for args in [(1,), (("a", 1),), ([],)]:
    try:
        print(s.startswith(*args))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(s.endswith(*args))
    except TypeError as e:
        print(type(e).__name__, e)
u = "😀a😀b😀"
print(u.find("a"), u.rfind("😀"), u.count("😀"), u.index("b"), u[1:4].find("😀"), u.find("😀", 1), u.split("a"), len(u))
print("ABCabc".replace("abc", "x"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"),
      "aaa".replace("a", "", -1), "abc".replace("b", "b" * 3, 0), "a😀a".replace("😀", "x"))
try:
    "a".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "😀" > "\uffff", "a" * 3 == "aaa", "ab" * -1, 3 * "x", "abc"[::-1], "abcdef"[1:5:2])
print(min("hello"), max("hello"), sorted("bca"), list(reversed("abc")), "abc".__contains__("b"), "abc".__len__(), "abc".__getitem__(-1))
for bad in ["'a' < 1", "'a' * 'b'", "'a' * 1.5", "'abc'[5]", "'abc'[1.0]", "'a' + 1", "1 in 'a'", "'abc'['x']"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
