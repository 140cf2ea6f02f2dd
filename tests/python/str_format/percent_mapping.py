d = {"name": "Ann", "n": 3, "f": 2.5, "l": [1], "t": (1, 2), "": "empty", "a b": "space", "(": "paren"}
for fmt in ["%(name)s", "%(n)05d", "%(f).3f", "%(l)r", "%(t)s", "%()s", "%(a b)s", "%(n)s%%", "%(name)-6s|", "%(n)+d", "%(f)e", "%(n)x"]:
    print(repr(fmt), repr(fmt % d))
for fmt, arg in [("%(missing)s", d), ("%(name)", d), ("%(n)d %s", d), ("%s %(n)d", d), ("%(name)s", ["x"]), ("%(name)s", "str"), ("%(name)s", 5),
                 ("%(n)*d", d), ("%(()s", d), ("%((()s", {"(()": 1}), ("%(name)s", ()), ("%(name)s %(name)r", d), ("%c", "ab"), ("%.1s%.0s", ("ab", "cd"))]:
    try:
        print(repr(fmt), repr(fmt % arg))
    except (KeyError, TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
class M:
    def __getitem__(self, k):
        return k * 2
    def keys(self):
        return []
print("%(ab)s" % M(), "%s" % M.__name__, "%(x)s %(y)s" % {"x": 1, "y": 2, "z": 3})
print("%s" % "single", "%s" % ("tuple",), "%s %s" % ("a", "b"), "%r" % "q", "%a" % "é", "%5.2s|" % "abc", "%-5c|" % "x", "%%%s%%" % 1)
print(b"%(k)s" % {b"k": b"v"}, b"%(k)d" % {b"k": 5})
try:
    b"%(k)s" % {"k": b"v"}
except KeyError as e:
    print(type(e).__name__, e)
