# Fast paths of f-string format specs (exact int/float skip __format__, specs
# parsed once per type and text), of `str % values`, and of layout widths.
class MyInt(int):
    def __format__(self, spec):
        return "MyInt(" + spec + ")"
class MyFloat(float):
    def __format__(self, spec):
        return "MyFloat(" + spec + ")"
class PlainInt(int):
    def __str__(self):
        return "plain!"
class MyStr(str):
    def __format__(self, spec):
        return "MyStr(" + spec + ")"
class Rmod:
    def __str__(self):
        return "Rmod.__str__"
    def __rmod__(self, other):
        return "Rmod.__rmod__(" + other + ")"
class StrRmod(str):
    def __rmod__(self, other):
        return "StrRmod.__rmod__"

for i in (0, 7, -7, 12345, 2**70, -(2**70)):
    print(f"{i:05d}|{i:>8}|{i:<8}|{i:^9}|{i:+d}|{i: d}|{i:x}|{i:#X}|{i:,}|{i:_b}|{i:08,d}|{i}")
for x in (0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("nan"), 123456.789):
    print(f"{x:10.3f}|{x:<10}|{x:e}|{x:g}|{x:%}|{x:z.1f}|{x}|{x:,.2f}")
print(f"{True}|{True:d}|{True:>6}|{False:05}|{MyInt(3):>4}|{MyFloat(2.5):.1f}|{PlainInt(4)}|{PlainInt(4):>3}")
emoji = "\U0001f600"
wide_spec = emoji + ">4"
print(f"{MyStr('s'):>4}|{'s':>4}|{'s':*^5}|{'abc':.2}|{emoji:x>3}|{5:{wide_spec}}|{65:c}|{0x1f600:*>3c}")
print(format(3, "05d"), format("s", ">3"), format(2.5, ">6"), format(3, ""), format(2.5, ""))
for spec in ("05d", ">10", "x", ".2f", "c", "s", "=5", ",", "\0"):
    for value in (5, 2.5, "s", True, 3 + 4j):
        try:
            print(repr(spec), repr(value), repr(format(value, spec)))
        except (ValueError, TypeError) as error:
            print(repr(spec), repr(value), type(error).__name__, error)
# The same spec text, valid for one type and not for another, twice each.
for _ in range(2):
    for value in (5, "s"):
        try:
            print(f"{value:05d}")
        except ValueError as error:
            print("ValueError", error)
print("item%d" % 5, "%s-%s" % ("a", 1), "%d%%" % 50, "%s" % (1,), "%5s|%-5d|%05d" % ("a", 3, -4))
print("%s" % Rmod(), "%s" % StrRmod("x"), "%d" % True, "%s" % None, "%r" % "q", "%(a)s" % {"a": 1})
print("%d" % 2**70, "%s" % "\U0001f600", "\U0001f600%s" % "x", "%c" % 0x1f600, "%.1f" % 2.25, "%x" % 255)
fmt = "%s"
fmt %= ("in-place",)
print(fmt)
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % (1, 2), lambda: "%z" % 1,
            lambda: "%d" % None, lambda: "%(a)s" % 1, lambda: "%" % ()]:
    try:
        print(bad())
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
