"""Writes tests/str/fixtures/*.json: what CPython 3.11 answers for str methods.

Run from the repository root:  /usr/bin/python3.11 tests/str/gen_fixtures.py

calls.json holds [method, self, args, kwargs, expected] rows; `expected` is the
result or {"error": class name, "message": str(exception)} (UnicodeEncodeError and
UnicodeDecodeError: "args" instead of "message"). Values are tagged so that JSON can carry every
Python value the tests need:

  str without surrogate code points   a JSON string (astral characters as pairs)
  str with surrogate code points      {"str": [code points]}
  int beyond 2**53                    {"int": "digits"}
  float                               {"float": repr}
  tuple / list                        {"tuple": [...]} / {"list": [...]}
  dict                                {"dict": [[key, value], ...]}
  bytes                               {"bytes": "hex"}
  slice                               {"slice": [start, stop, step]}
  NotImplemented                      {"NotImplemented": true}

Cases whose answer needs the interpreter (str() of a dict, attribute lookup on
an int, codecs beyond utf-8/ascii/latin-1) are left out until it exists.

decode.json holds [bytes, encoding, errors, expected] rows for bytes.decode
with the codecs str_decode.ts implements.

unicode.json holds, for every code point, the predicates as sorted ranges and
the full case mappings that differ from the identity.
"""
import json
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")


def has_surrogate(text):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def encode(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**53 else {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, str):
        return {"str": [ord(c) for c in value]} if has_surrogate(value) else value
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return {"list": [encode(v) for v in value]}
    if isinstance(value, dict):
        return {"dict": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if value is NotImplemented:
        return {"NotImplemented": True}
    if isinstance(value, slice):
        return {"slice": [encode(value.start), encode(value.stop), encode(value.step)]}
    raise TypeError(f"cannot encode {value!r}")


def outcome(function):
    try:
        return encode(function())
    except (UnicodeEncodeError, UnicodeDecodeError) as error:
        return {"error": type(error).__name__, "args": [encode(a) for a in error.args]}
    except Exception as error:  # the fixture records every exception
        return {"error": type(error).__name__, "message": str(error)}


SAMPLES = [
    "", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c", "ß", "ﬁ", "ﬀ", "ΐ",
    "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ.Σ", "aΣ'b", "İstanbul", "ǅungla ǈ", "x\u0301y", "😀",
    "a😀b😀", "𐐀𐐨", "\ud800", "\ud83d\ude00", "a\udc80b", "\t\ta\tbc\n\td",
    "l1\nl2\r\nl3\rl4\x0bl5\x0c\x1c\x1d\x1e\x85\u2028\u2029end\n", "١٢٣", "½", "²",
    "一二三", "Ⅻ", "\u3000x\u3000", "\xa0\u2000\u200b", "MiXeD CaSe", "they're bill's",
    "123abc", "_id1", "1abc", "é", "ÉCOLE", "-42", "+7", "tab\there", "ǰ", "ᾳ",
    "\u13a0\uab70", "ꭰ", "\x00\x7f", "\u0345", "ς", "\U0001e900", "\U00010400x",
]

NEEDLES = ["", "a", "b", "ab", ",", "😀", "\ud83d", "l", "Σ", "\n", "xyz"]
BOUNDED_NEEDLES = ["", "a", "😀", "\ud83d"]
BOUNDS = [(None, None), (1, None), (-2, None), (0, -1), (2, 100), (100, None), (-100, 3),
          (3, 1)]

CASE_METHODS = ["upper", "lower", "casefold", "swapcase", "title", "capitalize"]
PREDICATES = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
              "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]


def add(rows, method, self, *args, **kwargs):
    rows.append([method, encode(self), [encode(a) for a in args],
                 {k: encode(v) for k, v in kwargs.items()},
                 outcome(lambda: getattr(self, method)(*args, **kwargs))])


def sample_rows(rows):
    for s in SAMPLES:
        for method in CASE_METHODS + PREDICATES:
            add(rows, method, s)
        add(rows, "__len__", s)
        add(rows, "__repr__", s)
        add(rows, "__getnewargs__", s)
        add(rows, "split", s)
        add(rows, "split", s, None, 1)
        add(rows, "rsplit", s, None, 1)
        add(rows, "rsplit", s)
        add(rows, "splitlines", s)
        add(rows, "splitlines", s, True)
        add(rows, "strip", s)
        add(rows, "lstrip", s)
        add(rows, "rstrip", s)
        add(rows, "strip", s, "a😀 ")
        add(rows, "center", s, 10, "*")
        add(rows, "center", s, 9)
        add(rows, "ljust", s, 8)
        add(rows, "rjust", s, 8, "😀")
        add(rows, "zfill", s, 6)
        add(rows, "expandtabs", s)
        add(rows, "expandtabs", s, 4)
        add(rows, "expandtabs", s, 0)
        for encoding in ["utf-8", "ascii", "latin-1"]:
            for errors in ["strict", "ignore", "replace", "backslashreplace",
                           "surrogateescape", "surrogatepass", "xmlcharrefreplace"]:
                add(rows, "encode", s, encoding, errors)
        add(rows, "__mul__", s, 3)
        add(rows, "__mul__", s, -1)
        add(rows, "__add__", s, "😀")
        for index in [0, 1, -1, 5, -6]:
            add(rows, "__getitem__", s, index)
        for start, stop, step in [(None, None, None), (1, None, None), (None, -1, None),
                                  (None, None, -1), (1, 5, 2), (-2, None, -2), (5, 0, -1),
                                  (-100, 100, 3), (None, None, 0), (4, 1, None)]:
            add(rows, "__getitem__", s, slice(start, stop, step))
        for needle in NEEDLES:
            bounds = BOUNDS if needle in BOUNDED_NEEDLES else BOUNDS[:1]
            for method in ["find", "rfind", "count", "startswith", "endswith"]:
                for start, end in bounds:
                    add(rows, method, s, needle, start, end)
            for method in ["index", "rindex"]:
                add(rows, method, s, needle, *bounds[-1])
            add(rows, "__contains__", s, needle)
            add(rows, "replace", s, needle, "XY")
            add(rows, "replace", s, needle, "😀", 1)
            add(rows, "partition", s, needle)
            add(rows, "rpartition", s, needle)
            add(rows, "split", s, needle)
            add(rows, "rsplit", s, needle, 1)
            add(rows, "split", s, needle, 1)
            add(rows, "removeprefix", s, needle)
            add(rows, "removesuffix", s, needle)
            for op in ["__eq__", "__lt__", "__ge__", "__ne__"]:
                add(rows, op, s, needle)


def random_search_rows(rows):
    """Overlaps, repeats and surrogate neighbours: random strings over a tiny alphabet."""
    rng = random.Random(3011)
    alphabet = ["a", "b", "😀", "\ud83d", "\ude00"]

    def text(low, high):
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))

    for _ in range(150):
        haystack, needle = text(0, 9), text(0, 3)
        start, end = rng.choice([None, -3, 0, 2]), rng.choice([None, -1, 4, 20])
        for method in ["count", "find", "rfind", "startswith", "endswith"]:
            add(rows, method, haystack, needle, start, end)
        add(rows, "replace", haystack, needle, text(0, 2), rng.choice([-1, 0, 1, 2]))
        add(rows, "split", haystack, needle or "a", rng.choice([-1, 0, 1, 2]))
        add(rows, "rsplit", haystack, needle or "a", rng.choice([-1, 0, 1, 2]))
        add(rows, "partition", haystack, needle or "b")
        add(rows, "rpartition", haystack, needle or "b")
        add(rows, "strip", haystack, needle)
        add(rows, "__getitem__", haystack, slice(start, end, rng.choice([None, -1, 2, -2])))


def argument_rows(rows):
    s = "abc"
    for method, args, kwargs in [
        ("find", [], {}), ("find", [1, 2, 3, 4], {}), ("find", [1], {}),
        ("find", ["", 1.0], {}), ("find", ["", "a"], {}), ("count", [], {}),
        ("startswith", [], {}), ("startswith", [1], {}), ("startswith", [(1,)], {}),
        ("startswith", [("x", "a")], {}), ("endswith", [("x", "c"), 0, 3], {}),
        ("startswith", [()], {}), ("endswith", ["c", None, None], {}),
        ("center", [], {}), ("center", [1, 2, 3], {}), ("center", [3, "ab"], {}),
        ("center", [3, 1], {}), ("center", ["a"], {}), ("center", [7, "😀"], {}),
        ("split", [1, 2, 3], {}), ("split", [], {"foo": 1}), ("split", [1], {}),
        ("split", [""], {}), ("split", [], {"sep": "b"}), ("split", [], {"maxsplit": 1.5}),
        ("rsplit", [], {"sep": "b", "maxsplit": 0}), ("upper", [1], {}), ("join", [], {}),
        ("join", [[1]], {}), ("join", [1], {}), ("join", [["x", "y", "😀"]], {}),
        ("join", [("x",)], {}), ("join", [["x", 2]], {}), ("join", [[]], {}),
        ("zfill", [], {}), ("zfill", [2.0], {}), ("zfill", [True], {}), ("encode", [1, 2, 3], {}),
        ("encode", ["foo"], {}), ("encode", [], {"errors": 1}), ("encode", [1], {}),
        ("encode", ["UTF-8"], {}), ("encode", ["Latin 1"], {}), ("encode", ["U8"], {}),
        ("encode", ["646"], {}), ("encode", ["ISO-8859-1"], {}), ("encode", ["us-ascii"], {}),
        ("encode", ["l1"], {}), ("encode", ["iso_646.irv:1991"], {}),
("encode", [], {"encoding": "ascii", "errors": "foo"}),
        ("replace", [1, ""], {}), ("replace", ["", 1], {}), ("replace", ["a", "b", 1.5], {}),
        ("replace", ["", "-"], {}), ("replace", ["", "-", 2], {}), ("replace", ["", "-", 0], {}),
        ("strip", [1], {}), ("lstrip", [1], {}), ("rstrip", [None], {}),
        ("partition", [""], {}), ("partition", [1], {}), ("rpartition", [""], {}),
        ("removeprefix", [1], {}), ("removesuffix", [1], {}), ("expandtabs", [1.5], {}),
        ("expandtabs", [], {"tabsize": 2}), ("splitlines", [1.5], {}),
        ("splitlines", [], {"keepends": 2}), ("splitlines", ["a"], {}),
        ("__getitem__", ["x"], {}), ("__getitem__", [1.5], {}), ("__getitem__", [10**30], {}),
        ("__getitem__", [True], {}), ("__getitem__", [slice("a", None, None)], {}),
        ("__getitem__", [slice(None, None, 10**30)], {}), ("__getitem__", [slice(10**30, None, -1)], {}),
        ("__contains__", [1], {}), ("__add__", [1], {}), ("__mul__", [1.5], {}),
        ("__mul__", [10**30], {}), ("__mul__", [True], {}), ("__rmul__", [2], {}),
        ("__eq__", [1], {}), ("__lt__", [1], {}), ("translate", [], {}), ("translate", [5], {}),
        ("translate", ["xyz"], {}), ("translate", [[]], {}),
        ("translate", [{97: None, 98: "xyz", 99: 65}], {}), ("translate", [{97: 0x110000}], {}),
        ("translate", [{97: 1.5}], {}), ("translate", [{98: "😀", 99: "\ud800"}], {}),
        ("format_map", [], {}), ("__format__", [1], {}), ("__format__", [], {}),
        ("capitalize", [], {"x": 1}), ("center", [10**30], {}), ("split", [None, 10**30], {}),
        ("zfill", [-(10**30)], {}), ("expandtabs", [10**30], {}), ("replace", ["a", "b", 10**30], {}),
        ("splitlines", [10**30], {}), ("__mul__", [-(10**30)], {}), ("find", ["b", -(10**30), 10**30], {}),
    ]:
        add(rows, method, s, *args, **kwargs)
    for separator, items in [("😀", ["a", "b"]), ("x", ["😀", "\ud800"]), ("", ["\ud83d", "\ude00"]),
                             ("\ud83d", ["", "\ude00"]), (", ", ("a", "b")), ("😀", [])]:
        add(rows, "join", separator, items)
    for other, args in [("ab", [10**30]), ("a\U0001f600", [10**30]), ("", [10**30])]:
        add(rows, "count", other, "", *args)
    for left, right in [("\uff61", "\U0001f600"), ("\ud83d\ude00", "\U0001f600"),
                        ("a\udfff", "a\U00010000"), ("abc", "abd"), ("ab", "abc")]:
        for op in ["__lt__", "__le__", "__gt__", "__eq__"]:
            add(rows, op, left, right)


def percent_rows(rows):
    cases = [
        ("%5%", ()), ("%-5%|", ()), ("%5%", (1,)), ("%-%", (1,)), ("%s%", (1,)), ("%%", ()),
        ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%c", 0x1F600), ("%c", "😀"),
        ("%(a)s %s", {"a": 1}), ("%(a)s", ({"a": 1},)), ("", {"a": 1}), ("", [1]), ("", "abc"), ("%s", "abc"),
        ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("%(a)s", 5), ("%", ()), ("%5", ()),
        ("%y", 1), ("%\xe9", 1), ("%*d", (5, 3)), ("%*d", ("a", 3)), ("%.*f", (-3, 1.5)),
        ("%-*d|", (-5, 3)), ("%*d|", (-5, 3)), ("%ld %hi %Ls", (1, 2, "x")), ("%d", "5"),
        ("%x", 1.5), ("%d", 3.99), ("%d", -3.99), ("%i", True), ("%x", True),
        ("%#x %#X %#o", (255, 255, 8)), ("%+05d|% 5d|%-+5d|%05.3d", (42, 42, 42, 42)),
        ("%#08x|%-#8x|%+#x|%#5o|%#-8X|", (255, 255, 255, 8, -255)),
        ("%.3s|%5.2r|%-5a|", ("abcdef", "abc", "é")),
        ("%e %E %f %F %g %G", (1.5,) * 6), ("%.0f %.0f %.0f %.1f %.2f", (0.5, 1.5, 2.5, 0.25, 1.005)),
        ("%g %g %g %g %g", (1e-5, 1e16, 123456789.0, 0.0001, 100000.0)),
        ("%#g %#.0f %#.0e %#x", (1.0, 1.0, 1.0, 0)),
        ("%f %e %g", (float("inf"), float("-inf"), float("nan"))),
        ("%010.2f|%-10.2f|%+.2e", (-3.14159, 2.5, 12345.678)), ("%d", 10**30), ("%x", -255),
        ("%.50f", 0.1), ("%.20e", 1e300), ("%s %r", (1.5, 2.25)), ("%d %s", (1,)), ("%s", ()),
        ("%s", (1, 2)), ("%r", "\ud800"), ("%a", "é\U0001f600"), ("%5c|%-3c|", ("x", 65)),
        ("%.3c", "x"), ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%((a))s", {"(a)": 1}),
        ("%f", 10**400), ("%f", "1"), ("%.100f", 1.0), ("%010f|%+f|% f", (float("inf"),) * 3),
        ("%f|%e|%g", (-0.0,) * 3), ("%s|%r|%a", (None, True, "x'y\"")),
        ("%#.3g|%#g|%#.0g|%.0g|%.3g|%#.0e|%.0e|%#.1g", (100.0,) * 8),
        ("%g|%g|%g|%g|%g", (5e-324, 1.7976931348623157e308, 9.9999e-5, 999999.5, 0.0)),
        ("%.15g|%.17g|%.16e", (0.1, 0.1, 2 / 3)), ("%10.4f|%-12.3e|%012.5g", (3.14159,) * 3),
        ("%+d|% d|%+x|% o", (0, 0, 0, 0)), ("%s", 10**20), ("%5s|%-5s|%.1s", ("😀", "😀", "😀b")),
        ("%s😀%s", ("a", "\ud800")), ("%c%c", ("\ud83d", "\ude00")), ("%(k)s", {"k": "\ud800"}),
        ("%-05d|%0-5d", (7, 7)), ("%#.3x|%.5o", (255, 8)), ("%.0e|%.1e", (2.5e-7, 9.96)),
        ("%d %d", [1, 2]), ("%.*f", (2**31, 1.0)), ("%.*f", (2**70, 1.0)), ("%*d", (2**70, 1)),
        ("%.2147483648f", 1.0), ("%99999999999999999999d", 1), ("%.*s", (-5, "abc")),
        ("%.*f", (True, 1.0)), ("%*s", (1.5, "x")), ("%x", 10**20), ("%X", -(10**20)),
    ]
    for format_text, values in cases:
        rows.append(["__mod__", encode(format_text), [encode(values)], {},
                     outcome(lambda: format_text % values)])


def float_rows(rows):
    """Exact decimal conversion: many doubles through every float conversion."""
    rng = random.Random(311)
    values = [0.5, 1.5, 2.5, -2.5, 0.125, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, 0.1, 0.3, 1 / 3, 123456.789, 9.5, 99.5, 999.9999999]
    for _ in range(50):
        values.append(rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30))
    for _ in range(20):
        values.append(struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0])
    conversions = [f"%.{precision}{kind}" for kind in "efgEFG" for precision in (0, 2, 6, 17, 30)]
    conversions += ["%#.0g", "%#.3g", "%#.10g", "%#.0e", "%#.0f", "%e", "%f", "%g", "%+.3f",
                    "% 012.4e", "%-+14.7g|"]
    format_text = "|".join(conversions)
    for value in values:
        if value != value or value in (float("inf"), float("-inf")):
            continue
        if abs(value) > 1e25:
            conversions_here = format_text.replace("f", "e").replace("F", "E")
        else:
            conversions_here = format_text
        args = (value,) * len(conversions)
        rows.append(["__mod__", encode(conversions_here), [encode(args)], {},
                     outcome(lambda: conversions_here % args)])


def format_rows(rows):
    cases = [
        ("{0}{1}", ("a", "b"), {}), ("{}{}", ("a", "😀"), {}), ("{x}{y}", (), {"x": 1, "y": "z"}),
        ("{0[}", (1,), {}), ("{0]}", (1,), {}), ("{0[0]x}", ([1],), {}),
        ("{0[]}", ([1],), {}), ("{0.}", (1,), {}), ("{!r}", ("x",), {}), ("{!}", (1,), {}),
        ("{!x}", (1,), {}), ("{0!rr}", (1,), {}), ("{0!r", (1,), {}), ("{0:{1}}", ("a", 5), {}),
        ("{0:{1:{2}}}", ("a", 5, 3), {}), ("{:{}}", ("a", 5), {}), ("{0:{}}", ("a", 5), {}),
        ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}), ("{", (), {}), ("}", (), {}),
        ("{}}", (1,), {}), ("{{}}", (1,), {}), ("{a{}", (1,), {}), ("{0:}", ("x",), {}),
        ("{0!s:>5}", ("x",), {}), ("{0:x<{1}.{2}}", ("abcdef", 5, 2), {}), ("{5}", (1,), {}),
        ("{99999999999999999999}", (1,), {}), ("{x}", (), {}), ("{0[1]}", ((1, 2),), {}),
        ("{0[5]}", ((1, 2),), {}), ("{0[-1]}", ((1, 2),), {}), ("{\u0661}", (1, 2), {}),
        ("{0[a]}", ({"a": "dict"},), {}), ("{0[1]}", ({1: "int key"},), {}),
        ("{0!a} {0!r} {0!s}", ("é😀\ud800",), {}), ("{:😀^7}", ("ab",), {}),
        ("a{{b}}c{0}", ("\ud83d",), {}), ("{:10}|{:>10}|{:^10}", ("x", "y", "z"), {}),
        ("{0} {0!r:>6}", (None,), {}), ("{:}", (True,), {}), ("x{}y", (12,), {}),
        ("{0[0][1]}", ([["a", "b"]],), {}), ("{0!s:{1}{2}}", ("ab", "<", 4), {}),
    ]
    for format_text, args, kwargs in cases:
        rows.append(["format", encode(format_text), [encode(a) for a in args],
                     {k: encode(v) for k, v in kwargs.items()},
                     outcome(lambda: format_text.format(*args, **kwargs))])
    for format_text, mapping in [("{x}", {"x": 1}), ("{}", {}), ("{0}", {}), ("{x}", {}),
                                 ("{x[y]}", {"x": {"y": "deep"}})]:
        add(rows, "format_map", format_text, mapping)
    specs = ["", "<", "10", "x<10", "^10.3", "=10", "+", " ", "-", "#", "010", "10d", ",",
             "_", ".", ".x", "10.2s", "ab", "<<<", "10,", "1_000", "\x00<5", "%", "é^7", ",s",
             "_s", "10,.3", ".3,", "0", "00", "#10", "=", "+s", "z", "+z", "z#", "\x01,", "é,",
             ",\x7f", "10\u0661", ".\u0662", "é", "\U0001f600^9", " =5", "=+", ",_", "_,",
             "999999999999999999999", ".999999999999999999999", "^", ">8.1", "*^9", "0>5",
             "\ud800>4", "s", ">3s"]
    for spec in specs:
        for text in ["abcdef", "😀x", "\ud800"]:
            add(rows, "__format__", text, spec)


def maketrans_rows(rows):
    for args in [(), (1, 2, 3, 4), ("ab", "c"), (1, "c"), ("a", 1), ("a", "b", 1),
                 ("a", "b", "cd"), (1,), ({"ab": 1},), ({1.5: 1},), ({"a": "b", 98: None},),
                 ("a😀", "😀a"), ("aa", "bc")]:
        rows.append(["maketrans", "", [encode(a) for a in args], {},
                     outcome(lambda: str.maketrans(*args))])


def decode_rows():
    """bytes.decode for utf-8/ascii/latin-1: [bytes, encoding, errors, expected]."""
    rng = random.Random(1183)
    pools = [range(0x41, 0x45), range(0x80, 0xC0), range(0xC0, 0xC4), range(0xC2, 0xE0),
             [0xE0], [0xED], range(0xE1, 0xF0), [0xF0], [0xF4], range(0xF1, 0xF4),
             range(0xF5, 0x100)]
    cases = [b"", b"abc", "h\xe9llo \U0001f600".encode(), b"\xef\xbb\xbfbom", b"\xf4\x8f\xbf\xbf", b"\xed\xa0\x80", b"\xed\xa0",
             b"\xf0\x90\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"\xc0\xaf", b"\xff"]
    for _ in range(300):
        cases.append(bytes(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 7))))
    rows = []
    for data in cases:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                       "surrogatepass"]:
            rows.append([encode(data), "utf-8", errors,
                         outcome(lambda: data.decode("utf-8", errors))])
    for data in cases[:60]:
        for encoding in ["ascii", "latin-1"]:
            for errors in ["strict", "replace", "surrogateescape"]:
                rows.append([encode(data), encoding, errors,
                             outcome(lambda: data.decode(encoding, errors))])
    rows.append([encode(b"\xff"), "utf-8", "nope", outcome(lambda: b"\xff".decode("utf-8", "nope"))])
    rows.append([encode(b"ok"), "utf-8", "nope", outcome(lambda: b"ok".decode("utf-8", "nope"))])
    rows.append([encode(b"ok"), "koi9", "strict", outcome(lambda: b"ok".decode("koi9"))])
    return rows


def ranges_of(test):
    ranges = []
    start = None
    for code_point in range(0x110001):
        inside = code_point < 0x110000 and test(chr(code_point))
        if inside and start is None:
            start = code_point
        elif not inside and start is not None:
            ranges.append([start, code_point - 1])
            start = None
    return ranges


def unicode_tables():
    tables = {name: ranges_of(getattr(str, name)) for name in PREDICATES if name != "isascii"}
    mappings = {}
    for name in ["upper", "lower", "casefold", "title"]:
        method = getattr(str, name)
        changed = []
        for code_point in range(0x110000):
            char = chr(code_point)
            mapped = method(char)
            if mapped != char:
                changed.append([code_point, [ord(c) for c in mapped]])
        mappings[name] = changed
    splitlines = [cp for cp in range(0x110000) if len(("a" + chr(cp) + "b").splitlines()) == 2]
    return {"predicates": tables, "mappings": mappings, "lineBreaks": splitlines}


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    sample_rows(rows)
    random_search_rows(rows)
    argument_rows(rows)
    percent_rows(rows)
    float_rows(rows)
    format_rows(rows)
    maketrans_rows(rows)
    with open(os.path.join(OUT, "calls.json"), "w") as out:
        json.dump(rows, out, ensure_ascii=True, separators=(",", ":"))
    with open(os.path.join(OUT, "decode.json"), "w") as out:
        json.dump(decode_rows(), out, ensure_ascii=True, separators=(",", ":"))
    with open(os.path.join(OUT, "unicode.json"), "w") as out:
        json.dump(unicode_tables(), out, separators=(",", ":"))


if __name__ == "__main__":
    sys.exit(main())
