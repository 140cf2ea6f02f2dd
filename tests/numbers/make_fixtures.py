"""Writes tests/numbers/fixtures/*.json: CPython 3.11's answers for numeric operations.

Run with /usr/bin/python3.11 from anywhere. Values are tagged so JSON keeps them
exact: {"int": "123"}, {"bool": true}, {"float": "<16 hex digits>"} (IEEE bits,
"nan" for any NaN), {"complex": [bits, bits]}, {"str": "..."}, {"tuple": [...]},
{"bytes": "<hex>"}; a raised exception is {"error": "ValueError: message"}.
"""
import json
import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
inf, nan = math.inf, math.nan


def bits(x):
    if x != x:
        return "nan"
    return struct.pack(">d", x).hex()


def tag(value):
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)  # the fixture itself may hold any int
        text = str(value)
        sys.set_int_max_str_digits(limit)
        return {"int": text}
    if isinstance(value, float):
        return {"float": bits(value)}
    if isinstance(value, complex):
        return {"complex": [bits(value.real), bits(value.imag)]}
    if isinstance(value, str):
        return {"str": value}
    if isinstance(value, tuple):
        return {"tuple": [tag(item) for item in value]}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if value is None:
        return {"none": True}
    raise TypeError(type(value))


def outcome(thunk):
    try:
        return tag(thunk())
    except Exception as error:  # noqa: BLE001 - every exception is an expected value
        return {"error": f"{type(error).__name__}: {error}"}


INTS = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2**31 - 1, 2**31, -(2**31), 2**32, 2**53 - 1, 2**53,
        2**53 + 1, -(2**53 + 1), 2**63, -(2**63), 2**64 + 1, -(2**100), 10**30 + 7, 3**40]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 0.1, 3.7, -3.7, 1e16, 2.0**53, 1e308, -1e308,
          5e-324, 1e-300, inf, -inf, nan]
COMPLEXES = [0j, 1j, 1 + 2j, complex(-3.5, -0.0), complex(inf, 1), complex(1e300, 1e300),
             complex(-0.0, 0.0), complex(nan, 1)]
VALUES = INTS + BOOLS + FLOATS + COMPLEXES

BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "divmod": divmod,
    "**": lambda a, b: a ** b,
    "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
}
COMPARE = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def too_big(op, a, b):
    """Results that would take CPython (and the fixture file) too long or too much memory."""
    ints = isinstance(a, int) and isinstance(b, int)
    if op == "**" and ints and abs(a) > 1 and b > 0 and a.bit_length() * b > 4000:
        return True
    if op == "<<" and ints and a != 0 and b > 2000:
        return True
    return False


def write(name, data):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")


def matrix(operations, skip=lambda op, a, b: False):
    """Every operation over every pair of VALUES; operands by index into "values",
    exception texts (which repeat a lot) as {"errorIndex": i} into "errors"."""
    cases = []
    errors = []
    for op, fn in operations.items():
        for i, a in enumerate(VALUES):
            for j, b in enumerate(VALUES):
                if skip(op, a, b):
                    continue
                result = outcome(lambda: fn(a, b))
                if "error" in result:
                    if result["error"] not in errors:
                        errors.append(result["error"])
                    result = {"errorIndex": errors.index(result["error"])}
                cases.append([op, i, j, result])
    return {"values": [tag(v) for v in VALUES], "errors": errors, "cases": cases}


UNARY = {
    "neg": lambda a: -a,
    "pos": lambda a: +a,
    "abs": abs,
    "invert": lambda a: ~a,
    "bool": bool,
    "int": int,
    "float": float,
    "round": round,
    "trunc": math.trunc,
    "floor": math.floor,
    "ceil": math.ceil,
    "hash": hash,
    "repr": repr,
    "str": str,
}


def unary_cases():
    cases = []
    for name, fn in UNARY.items():
        for a in VALUES:
            if name == "hash" and isinstance(a, (float, complex)) and (a != a):
                continue  # identity-based in 3.11; tested separately
            if name == "hash" and isinstance(a, complex) and (a.real != a.real or a.imag != a.imag):
                continue
            cases.append([name, tag(a), outcome(lambda: fn(a))])
    return cases


def pow3_cases():
    cases = []
    triples = [(2, 10, 1000), (2, -1, 5), (3, -1, -7), (2, -1, 4), (0, -1, 5), (5, 0, 1),
               (5, 0, -1), (0, 0, 1), (2, 3, -5), (-2, 3, 5), (2, 3, 0), (7, 2**100, 13),
               (2**100, 3, 10**9 + 7), (-(2**70), -3, 97), (2, 3, 1.0), (2.0, 3, 1),
               (True, True, 2), (10, 3, -7), (-10, 3, -7), (6, -2, 35)]
    for a, b, m in triples:
        cases.append([tag(a), tag(b), tag(m), outcome(lambda: pow(a, b, m))])
    return cases


def true_division_cases():
    rng = random.Random(311)
    cases = []
    for _ in range(400):
        a = rng.getrandbits(rng.choice([60, 100, 200, 1100])) * rng.choice([1, -1])
        b = rng.getrandbits(rng.choice([1, 30, 60, 100, 1100])) or 1
        cases.append([tag(a), tag(b), outcome(lambda: a / b)])
    # ties and near-ties, huge quotients, subnormal results
    specials = [(2**54 + 1, 2), (2**54 + 3, 2), (2**55 + 2, 4), (2**55 + 6, 4), (10**400, 10**399),
                (1, 10**400), (1, 2**1074), (1, 2**1075), (3, 2**1076), (10**400, 1),
                (2**1024, 1), (2**1024 - 2**970, 1), (2**1024 - 2**971, 1), (-(10**310), 3)]
    for a, b in specials:
        cases.append([tag(a), tag(b), outcome(lambda: a / b)])
    return cases


def int_to_float_cases():
    rng = random.Random(53)
    cases = []
    for _ in range(300):
        n = rng.getrandbits(rng.choice([54, 55, 64, 100, 1023, 1024, 1025])) * rng.choice([1, -1])
        cases.append([tag(n), outcome(lambda: float(n))])
    for n in [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**1024 - 2**970, 2**1024 - 2**971 - 1]:
        cases.append([tag(n), outcome(lambda: float(n))])
    return cases


def round_cases():
    rng = random.Random(2675)
    values = [2.675, 0.125, 0.375, 2.5, -2.5, 1.5, 0.5, -0.5, 1e300, 1.7976931348623157e308,
              5e-324, 123456.789, -0.0, 0.0, inf, -inf, nan, 1e16, 0.1, 0.285, 1.005, 9.995]
    values += [rng.uniform(-1000, 1000) for _ in range(60)]
    values += [rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20) for _ in range(60)]
    ndigits = [None, 0, 1, 2, 3, 5, 10, 17, 20, 300, 400, -1, -2, -5, -308, -309, -400]
    cases = []
    for x in values:
        for n in ndigits:
            cases.append([tag(x), tag(n), outcome(lambda: round(x, n))])
    for x in INTS + BOOLS:
        for n in [None, 0, 2, -1, -2, -5, -20, -40]:
            cases.append([tag(x), tag(n), outcome(lambda: round(x, n))])
    for x in [15, 25, 35, -15, -25, 150, 250, 10**20 + 5 * 10**19, 5, -5]:
        for n in [-1, -2, -20]:
            cases.append([tag(x), tag(n), outcome(lambda: round(x, n))])
    return cases


INT_SPECS = ["", "d", "5", "<5", "^7", "=+8", "+", " ", "-", "08", "010,", "_", ",", "012_",
             "b", "#b", "#010b", "_b", "o", "#o", "x", "#x", "X", "#X", "#_x", "08_x", "c",
             "n", "e", "E", ".3e", "f", ".2f", "g", ".3g", "%", ".1%", "*^10", "é>6", "z",
             "zd", ".2d", "+c", "#c", ",c", "_c", ",x", "xx", "q", ",_d", "_,d", ".", "10.",
             "020,d", "09,", "08,", "-010", "0=10", "0<10", "010n", "+n", "#n", "=^10", "x<+#12_b",
             "\U0001F600^9", "0^9x", "\x00>5", " 015_d"]
FLOAT_SPECS = ["", "f", ".0f", ".1f", ".2f", ".10f", ".30f", "e", ".0e", ".3e", "E", "g", ".0g",
               ".1g", ".3g", ".17g", "G", "#g", "#.3g", "#.0f", "#.0e", "#", ".3", ".0", ".12",
               "%", ".0%", ".2%", "n", ",", "_", ",.2f", "_.3f", "015,.2f", "+", " ", "z", "z.0f",
               "z.1f", "+z.3f", "=+12.3f", "<10", "^12", "010", "010.3", "*>10.2e", "d", "x",
               ",d", ".2n", "#.2g", "12.5", "0>12.3g", "-08.2f", "0=+10.2f", ".60e", ".120f",
               ".25g", "#.25g", "#e", "#%", "_%", "030_.4e", "\x00", ",\x00", ".999999999999",
               "1" * 25]
FLOAT_FORMAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 1e15, 123456789.0,
                       1234.5678, -0.0004, 1e-5, 1e-4, 1e100, 1.7976931348623157e308, 5e-324,
                       inf, -inf, nan, 2.0**53, 0.125, 9.995, 99.5, 1e22, 12345678901234567.0]
COMPLEX_SPECS = ["", ".2f", "e", "g", ".3", "10", "<20", "^30.2f", "+", " ", "#", "z", "z.1f",
                 "010", "=10", "0<20", "%", "d", ".0f", "n", "E", "G", "_.2f", ",", ">25.3e"]
COMPLEX_FORMAT_VALUES = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, -0.0), complex(0.0, -0.0),
                         complex(inf, nan), complex(nan, -inf), complex(1e20, 1e-20),
                         complex(1234.5, -6789.25), complex(-0.0, 1)]


def format_cases():
    rng = random.Random(3101)
    cases = []
    for _ in range(400):
        x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
        if rng.random() < 0.2:
            x = round(x, rng.randint(0, 3))  # short decimals: ties at the rounding digit
        spec = rng.choice(["e", "f", "g", "#g", "%", "E", ",f", "n"])
        spec = "." + str(rng.randint(0, 20)) + spec
        cases.append([tag(x), spec, outcome(lambda: format(x, spec))])
    for value in [0, 1, -1, 7, -7, 65, 255, -255, 1234567, -1234567, 2**53 + 1, -(2**64),
                  10**25, True, False, 0x10FFFF, 0x110000]:
        for spec in INT_SPECS:
            cases.append([tag(value), spec, outcome(lambda: format(value, spec))])
    for value in FLOAT_FORMAT_VALUES:
        for spec in FLOAT_SPECS:
            cases.append([tag(value), spec, outcome(lambda: format(value, spec))])
    for value in COMPLEX_FORMAT_VALUES:
        for spec in COMPLEX_SPECS:
            cases.append([tag(value), spec, outcome(lambda: format(value, spec))])
    return cases


INT_TEXTS = ["0", "1", "-1", "+5", "  42  ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x1f",
             "0X1F", "0o17", "0b101", "0b", "07", "00", "0_0", "0_7", "0x_1f", "1.5", "1e5", "",
             " ", "+", "-", "١٢٣", "\u00a0 12\u3000", "12\u00a0", "9" * 30, "-" + "9" * 20,
             "z", "Z", "10", "ff", "FF", "zz", "0x", "12a", "é", "1 2", "++1", "\x1c5\x1f",
             "x" * 300, "1" * 4300, "1" * 4301, "1_" * 4300 + "1",
             "\U0001E4F5", "\U0001D7D9\U0001D7DA"]  # a Unicode 15 digit; mathematical digits
INT_BASES = [10, 0, 2, 8, 16, 36, 7]


def int_parse_cases():
    cases = []
    for text in INT_TEXTS:
        for base in INT_BASES:
            if len(text) > 1000 and base not in (10, 16):
                continue
            cases.append([text, base, outcome(lambda: int(text, base))])
    for base in [1, 37, -1]:
        cases.append(["12", base, outcome(lambda: int("12", base))])
    return cases


FLOAT_TEXTS = ["0", "1", "-1", "1.5", ".5", "5.", "1e5", "1E-5", "1e", "e5", "1.5e+300",
               "1e400", "-1e400", "1e-400", "inf", "-inf", "+inf", "Infinity", "iNfInItY", "nan",
               "-nan", "NaN", "infinit", "1_000.5", "1_000.0_1", "1__0", "_1", "1_", "1._5",
               "1.5_e5", "0x10", "  3.25  ", "\u00a03.25\u3000", "١٫٥", "١.٥", "", " ", ".", "-.",
               "1.2.3", "0.1", "2.675", "9007199254740993", "123456789012345678901234567890",
               "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
               "1.7976931348623158e308", "1.7976931348623159e308", "0.000001", "1e-7", "+.e1",
               "1e+", "1e_5", "1e5_0", "1 5", "é", "١٢٣"]
COMPLEX_TEXTS = ["1", "1j", "-1j", "j", "-j", "+j", "1+2j", "1-2j", "1+j", "1-j", "(1+2j)",
                 " ( 1+2j ) ", "(1+2j", "1+2j)", "1e5j", "1e5+1e-5j", "infj", "-infj", "nanj",
                 "inf+nanj", "1+2", "1+2jj", "1 + 2j", "", " ", "()", "1_0+2_0j", "1__0j", "_1j",
                 "1.5J", "-1.5e-3-2.5E+3J", "\u00a01+1j\u00a0", "1e", "1ej", "J", "+1.j", ".5j"]


def parse_cases():
    return {
        "int": int_parse_cases(),
        "float": [[text, outcome(lambda: float(text))] for text in FLOAT_TEXTS],
        "complex": [[text, outcome(lambda: complex(text))] for text in COMPLEX_TEXTS],
    }


def method_cases():
    cases = []
    floats = FLOATS + [1.5, -1.5, 3.141592653589793, 2.0**-1022, 2.0**-1074 * 3, 2.0**1023,
                       1.0 / 3, 255.0, 0.75]
    for x in floats:
        cases.append(["float.hex", [tag(x)], outcome(lambda: x.hex())])
        cases.append(["float.as_integer_ratio", [tag(x)], outcome(lambda: x.as_integer_ratio())])
        cases.append(["float.is_integer", [tag(x)], outcome(lambda: x.is_integer())])
    for text in ["0x1.8p1", "0x1.0000000000001p+0", "-0x1p-1074", "0x1p-1075", "0x1.8p-1074",
                 "0x1p1024", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "1", "0x",
                 "inf", "-Infinity", "nan", " 0x10 ", "0x.8", "0x1.", "0xg", "1p", "0x1p+",
                 "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0",
                 "0x0.0000000000001p-1022", "0X1P3", "+0x1p-1"]:
        cases.append(["float.fromhex", [tag(text)], outcome(lambda: float.fromhex(text))])
    for n in INTS + BOOLS + [255, -255, 128, -128, -129, 256]:
        cases.append(["int.bit_length", [tag(n)], outcome(lambda: n.bit_length())])
        cases.append(["int.bit_count", [tag(n)], outcome(lambda: n.bit_count())])
        cases.append(["int.as_integer_ratio", [tag(n)], outcome(lambda: n.as_integer_ratio())])
        for length, order, signed in [(1, "big", False), (2, "little", True), (8, "big", True),
                                      (9, "little", False), (0, "big", False), (16, "big", True)]:
            cases.append(["int.to_bytes", [tag(n), tag(length), tag(order), tag(signed)],
                          outcome(lambda: n.to_bytes(length, order, signed=signed))])
    for data, order, signed in [(b"", "big", False), (b"\xff", "big", True), (b"\xff", "big", False),
                                (b"\x01\x00", "little", False), (b"\x00\x80", "big", True),
                                (b"\x80" + b"\x00" * 9, "big", True), (b"\x12\x34\x56", "little", True)]:
        cases.append(["int.from_bytes", [tag(data), tag(order), tag(signed)],
                      outcome(lambda: int.from_bytes(data, order, signed=signed))])
    return cases


def complex_random_cases():
    """abs, /, ** of random complex numbers: libm's hypot/atan2/exp/log/cos/sin decide the bits."""
    rng = random.Random(1729)

    def number(scale_range):
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(*scale_range)

    cases = []
    for _ in range(800):
        z = complex(number((-300, 300)), number((-300, 300)))
        cases.append(["abs", tag(z), tag(0), outcome(lambda: abs(z))])
    for _ in range(500):
        z = complex(number((-5, 5)), number((-5, 5)))
        w = complex(number((-5, 5)), number((-5, 5)))
        cases.append(["/", tag(z), tag(w), outcome(lambda: z / w)])
        cases.append(["**", tag(z), tag(w), outcome(lambda: z ** w)])
        n = rng.randint(-12, 12)
        cases.append(["**", tag(z), tag(n), outcome(lambda: z ** n)])
        x = rng.uniform(-3, 3)
        cases.append(["**", tag(z), tag(x), outcome(lambda: z ** x)])
    return cases


def int_str_cases():
    """str(int) under the 3.11 digit limit, and bin/oct/hex (which have none)."""
    cases = []
    for n in [10**4299, -(10**4299), 10**4300, -(10**4300), 2**14000, 10**5000]:
        for name, fn in [("str", str), ("hex", hex), ("bin", bin), ("oct", oct)]:
            if name != "str" and n.bit_length() > 5000:
                continue
            cases.append([name, tag(n), outcome(lambda: fn(n))])
    return cases


def constructor_cases():
    """int(), float(), complex() with non-str arguments and argument combinations."""
    cases = []
    args = [None, 0, -0.0, 2.5, 1j, complex(1, -0.0), True, "1", "2j", 2**70, 1e308]
    for a in args:
        cases.append(["complex", [tag(a)], outcome(lambda: complex(a))])
        cases.append(["float", [tag(a)], outcome(lambda: float(a))])
        cases.append(["int", [tag(a)], outcome(lambda: int(a))])
        for b in args:
            cases.append(["complex", [tag(a), tag(b)], outcome(lambda: complex(a, b))])
    for a, base in [(12, 10), (2.5, 16), ("12", 99), (b"ff", 16), (b"x", 10), ("1", True)]:
        cases.append(["int", [tag(a), tag(base)], outcome(lambda: int(a, base))])
    return cases


def int_random_cases():
    """Random ints around the number/bigint boundary and beyond, through every int operator."""
    rng = random.Random(4300)

    def number():
        bits = rng.choice([3, 20, 31, 32, 33, 52, 53, 54, 60, 64, 65, 100, 200])
        value = rng.getrandbits(bits)
        if rng.random() < 0.2:
            value = 2**bits - rng.randint(0, 3)
        return value * rng.choice([1, -1])

    cases = []
    for _ in range(300):
        a, b = number(), number()
        for op in ["+", "-", "*", "//", "%", "divmod", "&", "|", "^", "/"]:
            cases.append([op, tag(a), tag(b), outcome(lambda: BINARY[op](a, b))])
        shift = rng.randint(0, 80)
        cases.append(["<<", tag(a), tag(shift), outcome(lambda: a << shift)])
        cases.append([">>", tag(a), tag(shift), outcome(lambda: a >> shift)])
        power = rng.randint(0, 12)
        cases.append(["**", tag(a), tag(power), outcome(lambda: a ** power)])
    return cases


def float_random_cases():
    """Random floats through the operators with floor/sign rules, and exact int/float comparisons."""
    rng = random.Random(754)

    def number():
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20)

    cases = []
    for _ in range(300):
        a, b = number(), number()
        for op in ["//", "%", "divmod", "**", "/"]:
            cases.append([op, tag(a), tag(b), outcome(lambda: BINARY[op](a, b))])
        n = int(a) + rng.choice([-1, 0, 1])
        for op in ["==", "<", ">="]:
            cases.append([op, tag(a), tag(n), outcome(lambda: COMPARE[op](a, n))])
        big = 2**rng.randint(53, 1100) + rng.choice([-1, 0, 1])
        x = float(big) if big.bit_length() <= 1024 else 1e308
        for op in ["==", "<", ">"]:
            cases.append([op, tag(big), tag(x), outcome(lambda: COMPARE[op](big, x))])
    return cases


def namespace_names():
    """The attribute names each numeric type defines itself (vars(type))."""
    return {t.__name__: sorted(vars(t)) for t in (int, bool, float, complex)}


def hash_cases():
    values = INTS + BOOLS + [f for f in FLOATS if f == f] + [c for c in COMPLEXES if c == c]
    values += [2**61 - 1, 2**61, -(2**61), 2**61 - 2, -(2**61 - 2), 2**122, 1.5, -1.5, 1e-300,
               2.0**-1074, complex(-1, 0), complex(0, -1), complex(1e300, -1e300)]
    return [[tag(v), outcome(lambda: hash(v))] for v in values]


def main():
    os.makedirs(OUT, exist_ok=True)
    assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
    write("binary.json", matrix(BINARY, too_big))
    write("compare.json", matrix(COMPARE))
    write("unary.json", unary_cases())
    write("pow3.json", pow3_cases())
    write("true_division.json", true_division_cases())
    write("int_to_float.json", int_to_float_cases())
    write("round.json", round_cases())
    write("format.json", format_cases())
    write("parse.json", parse_cases())
    write("methods.json", method_cases())
    write("hash.json", hash_cases())
    write("complex_random.json", complex_random_cases())
    write("int_str.json", int_str_cases())
    write("constructors.json", constructor_cases())
    write("int_random.json", int_random_cases())
    write("float_random.json", float_random_cases())
    write("namespaces.json", namespace_names())


main()
