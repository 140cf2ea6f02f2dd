class R:
    def __repr__(self):
        return "R<é>"
    def __str__(self):
        return "S"
vals = [0, -5, 42, 3.5, "str", "é😀", R(), None, True, [1], (1,), b"b"]
for conv in "sra":
    print(conv, ["%" + conv % () if False else ("%" + conv) % (v,) for v in vals])
for fmt in ["%d", "%i", "%u", "%x", "%X", "%o", "%c", "%e", "%f", "%g"]:
    out = []
    for v in vals:
        try:
            out.append(fmt % v)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(fmt, out)
print("%5s|%-5s|%.2s|%5.1s|%-5.3r|" % ("abc", "abc", "abc", "abc", "abc"))
print("%#x %#X %#o %x %o" % (-255, 255, -8, 2**70, -(2**70)), "%+x %+o % x" % (10, 10, 10))
print("%c%c%c" % (97, "b", 0x1F600), "%5c|%-3c|" % ("x", 65))
print("%%", "%s%%" % 5, "%d%%%d" % (1, 2), "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(a)s %(a)r" % {"a": "x"}, "%(x)5.1f|" % {"x": 2.25})
print("%*d|%-*d|%.*s|%*.*f" % (5, 1, 4, 2, 2, "abcdef", 8, 3, 3.14159))
print("%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % [1, 2], "%r" % ("x",), "%s" % {"k": 1})
print("%d" % 10**30, "%x" % 10**30, "%e" % 10**30, "%.3d" % 7, "%+.3d" % 7, "%05.3d" % 7, "%-05d|" % 7)
print("%ld %hd %Ld" % (1, 2, 3), "%5%|" % (), "%-5%|" % ())
class Idx:
    def __index__(self):
        return 255
class IntOnly:
    def __int__(self):
        return 7
class FloatOnly:
    def __float__(self):
        return 2.5
print("%x %o %d %c" % (Idx(), Idx(), Idx(), Idx()), "%f" % FloatOnly(), "%f" % Idx())
for fmt, args in [("%d", IntOnly()), ("%x", IntOnly()), ("%d", FloatOnly()), ("%c", 0x110000), ("%c", -1), ("%c", "ab"), ("%c", b"a"),
                  ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%(a)s", {}), ("%(a", {"a": 1}), ("%s %(a)s", {"a": 1}),
                  ("%(a)s %s", {"a": 1}), ("%y", 1), ("%", ()), ("%.", 1), ("%*d", ("x", 1)), ("%.*d", (1.5, 1)), ("%d", "1"),
                  ("%s", ()), ("abc", 1), ("abc", ()), ("abc", {}), ("abc", []), ("%*s", (5,)), ("%\u00e9", 1), ("%s", {"a": 1}),
                  ("%(a)*d", {"a": 1}), ("%x", 1.0), ("%c", 1.0), ("%i", "x")]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
class M(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("%(x)s %(y)s" % M(x=1), "%(x)s" % M(), "%s" % M())
class G:
    def __getitem__(self, key):
        return key.upper()
print("%(abc)s" % G())
