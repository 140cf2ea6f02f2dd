# Formats the planned path (str_percent_plan.ts) takes over, a plan per format
# text, reused: flags, widths, the %d/%s fast paths, and formats that fall back
# (keys, *, bad conversions) with their errors.
tests = [
 ("%d", 5), ("%5d", 5), ("%05d", 5), ("%-5d|", 5), ("%-05d|", 5), ("%+d", 5), ("% d", 5), ("%+05d", 5),
 ("%05d", -5), ("%d", -5), ("%3d", 12345), ("%.3d", 5), ("%5.3d", 5), ("%d", True), ("%d", 2**70),
 ("%d", 3.7), ("%x", 255), ("%#x", 255), ("%#08X", 255), ("%o", 8), ("%s", "a"), ("%5s|", "a"), ("%-5s|", "a"),
 ("%.1s", "abc"), ("%r", "a"), ("%a", "é"), ("%c", 65), ("%c", "x"), ("%%", ()), ("a%%b%d", 3), ("%s %s", (1, 2)),
 ("%s", (1,)), ("%s", ((1, 2),)), ("%s %s", (1,)), ("%s", (1, 2)), ("abc", ()), ("abc", (1,)), ("abc", 5), ("abc", {}),
 ("%s", {"a": 1}), ("%(a)s", {"a": 1}), ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%.*f", (2, 3.14159)), ("%f", 1.5),
 ("%e", 12345.678), ("%g", 0.0001), ("%10.3f|", -2.5), ("%z", 1), ("%", 1), ("%5", 1), ("%d %z", (1, 2)),
 ("%d", "x"), ("%x", 1.5), ("%d %d", ("x", 1)), ("%ld", 5), ("%hd %Ld", (5, 6)), ("%(a)s %s", {"a": 1}),
 ("%s%s", ("x", "𝔘")), ("𝔘%d", 5), ("%5d", 5), ("%0100d", 5), ("%1000000000000d", 5), ("%i %u", (1, 2)),
 ("%-d", -3), ("%05s|", "ab"), ("%#o", 8), ("%+x", 255), ("%s", None), ("%d", None), ("%c", 0x110000),
 ("%s %s %s", [1, 2, 3]), ("%s", [1, 2]), ("%(", {"a": 1}), ("%.2147483648f", 1.0),
]
for fmt, args in tests:
    try:
        r = fmt % args
        print(repr(fmt), "->", repr(r) if len(r) < 200 else len(r))
    except Exception as e:
        print(repr(fmt), "!!", type(e).__name__, e)
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 9
print("%d %x" % (N(), I()))
print("%s" % I.__name__, "%d" % I())
for i in range(3):
    print("item%d|%05d|%-4d|" % (i, i * 3, i))
# The same format again (its plan reused), with other argument types.
for args in ((1, 2), ("a", "b"), (2**64, -1), (1.5, 2)):
    try:
        print("%d-%5d|" % args)
    except TypeError as e:
        print("TypeError", e)
