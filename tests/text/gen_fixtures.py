"""Writes the CPython 3.11 oracle fixtures for tests/text/*_test.ts.

Run with /usr/bin/python3.11 from the repository root:
    /usr/bin/python3.11 tests/text/gen_fixtures.py
Every expected value here is computed by CPython itself (repr, str.isprintable).
"""
import json
import random
import struct
import sys

OUT = "tests/text/fixtures/"
rng = random.Random(20261126)


def bits(x):
    return struct.pack(">d", x).hex()


def write(name, data):
    with open(OUT + name, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")


def non_printable_ranges():
    ranges = []
    for c in range(sys.maxunicode + 1):
        if chr(c).isprintable():
            continue
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return ranges


def random_char():
    kind = rng.random()
    if kind < 0.4:
        return chr(rng.randrange(0, 0x80))
    if kind < 0.6:
        return chr(rng.randrange(0x80, 0x800))
    if kind < 0.8:
        c = rng.randrange(0x800, 0x10000)
        # Keep surrogates single so JSON and JS agree on the code points.
        return chr(c)
    return chr(rng.randrange(0x10000, 0x110000))


def random_string():
    chars = []
    for _ in range(rng.randrange(0, 12)):
        c = random_char()
        if chars and 0xD800 <= ord(chars[-1]) < 0xDC00 and 0xDC00 <= ord(c) < 0xE000:
            continue
        chars.append(c)
    return "".join(chars)


def strings():
    fixed = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\t\n\r",
             "\x00\x1f\x7f\x80\x9f\xa0\xad\xff", "\u0100\u2028\u2029\u200b\ufeff\uffff",
             "\ud800", "\udfff", "x\udc80y", "\U0001f600", "\U000e0001", "\U0010ffff",
             "\U0001e030", "\u0870", "\U00011f00", "caf\u00e9", "\u3000", "\u00a0 ",
             "mixed 'single' \"double\" \\ \x01"]
    cases = fixed + [random_string() for _ in range(1500)]
    return [[s, repr(s)] for s in cases]


def byte_strings():
    fixed = [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r\x00\x7f\x80\xff", bytes(range(256))]
    cases = fixed + [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 10)))
                     for _ in range(500)]
    return [[b.hex(), repr(b)] for b in cases]


def interesting_floats():
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 1e16, 1e15, 9999999999999998.0,
              1e17, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00012345,
              9.999e-5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
              float("inf"), float("-inf"), float("nan"), 2.0 ** 53, 2.0 ** 64, 1e22,
              1e23, 0.3, 2.675, 1 / 3, 100.0, 1e100, 1.25e-7]
    for e in range(-330, 310):
        values.append(float("1e%d" % e))
        values.append(float("1.5e%d" % e))
    for _ in range(2000):
        values.append(struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0])
    for _ in range(1000):
        digits = rng.randrange(1, 18)
        mantissa = rng.randrange(10 ** (digits - 1), 10 ** digits)
        values.append(float("%de%d" % (mantissa, rng.randrange(-25, 25))))
    return values


def floats():
    return [[bits(x), repr(x)] for x in interesting_floats()]


def complexes():
    values = interesting_floats()
    cases = [(0.0, x) for x in values[:200]]
    cases += [(-0.0, 1.0), (0.0, -0.0), (float("nan"), -float("nan")), (1.0, float("-inf"))]
    cases += [(rng.choice(values), rng.choice(values)) for _ in range(1000)]
    return [[bits(r), bits(i), repr(complex(r, i))] for r, i in cases]


def ints():
    cases = [0, 1, -1, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 2 ** 64, -(10 ** 40), 10 ** 300]
    cases += [rng.randrange(-(2 ** 200), 2 ** 200) for _ in range(300)]
    return [[str(n), repr(n)] for n in cases]


write("non_printable_ranges.json", non_printable_ranges())
write("str_repr.json", strings())
write("bytes_repr.json", byte_strings())
write("float_repr.json", floats())
write("complex_repr.json", complexes())
write("int_repr.json", ints())
