import sys
import types

import _string

try:
    import re  # noqa: F401
except ImportError:
    # Taipan has no _sre yet: string.py needs only these names of re at import
    # time (Template compiles its pattern in __init_subclass__).
    shim = types.ModuleType("re")
    shim.IGNORECASE = 2
    shim.VERBOSE = 64
    shim.compile = lambda pattern, flags=0: None
    shim.escape = lambda text: text
    sys.modules["re"] = shim

import string

print(_string.__doc__)
print(type(_string.formatter_parser("")).__name__)
print(type(_string.formatter_field_name_split("a")[1]).__name__)

for fmt in ["", "abc", "a{{b", "}}x", "{}", "{0}", "x{name!r:>{w}}y", "{a.b[c][0]}",
            "{!s}", "{:}", "{0!a}", "é{\U0001F600}z", "{x:{{}}}", "tail {} end"]:
    print(repr(fmt), list(_string.formatter_parser(fmt)))

for fmt in ["{", "}", "a}b", "{x", "{x!", "{x!r", "{x!rr}", "{x{}", "{x:{"]:
    it = _string.formatter_parser(fmt)
    got = []
    try:
        for item in it:
            got.append(item)
    except ValueError as e:
        print(repr(fmt), got, "ValueError:", e)

for name in ["", "a", "0", "12", "a.b", "a[0]", "a[x].y", "0.1[2]", "a.0", "[1]", ".x",
             "\u0661\u0662"]:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))

for name in ["a.", "a[", "a[]", "a[0]x", "a..b"]:
    first, rest = _string.formatter_field_name_split(name)
    got = []
    try:
        for item in rest:
            got.append(item)
    except ValueError as e:
        print(repr(name), repr(first), got, "ValueError:", e)

try:
    _string.formatter_field_name_split("9" * 30)
except ValueError as e:
    print("ValueError:", e)
for bad in (1, None, b"x"):
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)

f = string.Formatter()
print(f.format("{0} and {1}", "spam", "eggs"))
print(f.format("{name:>8}|{0:.3f}", 3.14159, name="x"))
print(f.format("{a[k]} {b.real} {c!r}", a={"k": 1}, b=2, c="q"))
print(f.format("{:{w}.{p}f}", 1 / 3, w=10, p=4))
print(f.vformat("{} {}", (1, 2), {}))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{5}", 1)
except IndexError as e:
    print("IndexError:", e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


print(Upper().format("{0} {missing} {x!r}", "abc", x="y"))
print(list(string.Formatter().parse("a{b!r:c}d")))
print(string.Formatter().get_field("a.real", (), {"a": 5}))
print(string.capwords(" hello   world "))
print(string.ascii_letters, string.digits, string.punctuation)
