# str through the interpreter: methods, operators, formatting, both representations.
emoji = chr(0x1F600)
pair = chr(0xD83D) + chr(0xDE00)
samples = ["", "abc", "Hello, World", "  x  y  ", "straße", "ΣΑΣ ΑΣ", "x" + emoji + "y", pair]

for s in samples:
    print(ascii(s), len(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()),
          s.isalpha(), s.isspace(), s.islower())
    print("  ", [ascii(p) for p in s.split()], ascii(s[::-1]), ascii(s[1:3]), s.find("y"))
    print("  ", ascii(s.center(9, "*")), ascii(s.replace("", "|", 3)), s.count(""))
    print("  ", [ascii(c) for c in s][:4])

print(len(pair), len(emoji), pair == emoji, pair < emoji, sorted([emoji, "\uff61", "z"])[1:] == ["\uff61", emoji])
print("-".join(["a", emoji, pair]) == "a-" + emoji + "-" + pair, ("ab" * 3).split("b", 2))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "l1\nl2\r\nl3".splitlines(keepends=True))
print("%s|%5s|%-5s|%.2s|%c|%r" % ("x", "y", "z", "abc", 65, "q'"))
print("%(name)s is %(age)03d, %%" % {"name": "Ann", "age": 7})
print("%x %X %o %#x %+d % d %05d" % (255, 255, 8, 255, 5, 5, -42))
print("%.3f %10.2e %g %G %.0f %.0f" % (3.14159, 12345.678, 1e-5, 1e20, 0.5, 1.5))
print("{} {!r} {:>6} {:*^7} {:.2}".format("a", "b", "c", "d", "efg"))
print("{0[1]} {x[k]} {1}".format(["p", "q"], "r", x={"k": "v"}))
print(f"{'abc':>5}|{'abc':<5}|{'abc':^5}|{emoji:_^5}" == "  abc|abc  | abc |__" + emoji + "__")
print("{name}-{0}".format_map({"name": "N", "0": "zero"}) if False else "format_map", "{a}".format_map({"a": 1}))
print("tab\there".expandtabs(4), "42".zfill(5), "-42".zfill(5), "abc".translate({97: "A", 98: None}))
print(str.maketrans("ab", "xy", "c") == {97: 120, 98: 121, 99: None}, "hello".translate(str.maketrans("l", "L")))
print("Hello".startswith(("x", "He")), "Hello".endswith("lo", 0, 5), "Hello".removeprefix("He"))
print("a b c".partition(" "), "a b c".rpartition(" "), "abc".partition("x"))
print("İ".lower() == "i\u0307", "ß".casefold(), "ǅ".swapcase(), "ﬁ".upper(), "ΐ".upper() == "\u0399\u0308\u0301")
print("١٢٣".isdecimal(), "²".isdigit(), "½".isnumeric(), "一".isnumeric(), "_x1".isidentifier())

errors = [
    lambda: "a" + 1,
    lambda: "abc".index("z"),
    lambda: "abc"[5],
    lambda: "abc"[samples[1]],
    lambda: "%d" % "x",
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "{} {1}".format(1, 2),
    lambda: "{:d}".format("x"),
    lambda: format("x", "=5"),
    lambda: "".join(["a", 1]),
    lambda: "abc".split(""),
    lambda: "x".center(5, "ab"),
    lambda: "x".encode("nope"),
    lambda: "abc".startswith(1),
    lambda: 1 in "abc",
]
for make in errors:
    try:
        make()
    except Exception as error:
        print(type(error).__name__, error)
