"""Writes tests/bytes/fixtures/*.json: what CPython 3.11 answers for bytes and
bytearray operations.

Run from the repository root:  /usr/bin/python3.11 tests/bytes/gen_fixtures.py

calls.json holds [type, method, self, args, kwargs, expected] rows: `type` is
"bytes" or "bytearray", `self` the receiver's bytes in hex, `expected` the
result or {"error": class name, "message": str(exception)}. Values are tagged:

  bytes / bytearray     {"bytes": "hex"} / {"bytearray": "hex"}
  tuple / list          {"tuple": [...]} / {"list": [...]}
  str, int, bool, None  themselves

slices.json holds [self, start, stop, step, value, expected_after] rows for
bytearray slice assignment (value a tagged bytes, or null for `del`), with
expected_after the resulting bytes in hex or an error.

The inputs are random but seeded, drawn from small alphabets rich in the bytes
the methods care about (ASCII letters of both cases, digits, whitespace, line
breaks, tabs, separators, high bytes).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
ALPHABET = b"aAbB1 \t\n\r\x0b,-+\x80\xff"


def encode(value):
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, bytearray):
        return {"bytearray": value.hex()}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if isinstance(value, tuple):
        return {"tuple": [encode(item) for item in value]}
    if isinstance(value, list):
        return {"list": [encode(item) for item in value]}
    raise TypeError(type(value))


def outcome(run):
    try:
        return encode(run())
    except Exception as error:
        return {"error": type(error).__name__, "message": str(error)}


def random_bytes(rng, longest=8):
    return bytes(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest)))


def needle(rng):
    choice = rng.random()
    if choice < 0.5:
        return random_bytes(rng, 2)
    if choice < 0.7:
        return bytearray(random_bytes(rng, 2))
    if choice < 0.85:
        return rng.choice([97, 65, 32, 255, 0, 256, -1])
    return rng.choice(["a", None])


def bound(rng):
    return rng.choice([None, 0, 1, 2, -1, -3, 5, 20, -20])


def cases(rng):
    """(method, args, kwargs) triples for a receiver."""
    out = []
    for name in ("capitalize", "lower", "upper", "swapcase", "title", "isalnum", "isalpha",
                 "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "hex",
                 "splitlines"):
        out.append((name, [], {}))
    for _ in range(3):
        for name in ("count", "find", "rfind", "index", "rindex"):
            argc = rng.randint(1, 3)
            out.append((name, [needle(rng)] + [bound(rng) for _ in range(argc - 1)], {}))
        for name in ("startswith", "endswith"):
            affix = rng.choice([random_bytes(rng, 2), (random_bytes(rng, 1), random_bytes(rng, 2)),
                                "a", 97, ("a",)])
            out.append((name, [affix] + [bound(rng) for _ in range(rng.randint(0, 2))], {}))
        for name in ("split", "rsplit"):
            sep = rng.choice([None, b" ", b",", b"a", b"", b"ab", "a"])
            out.append((name, [sep, rng.choice([-1, 0, 1, 2])], {}))
            out.append((name, [], {"maxsplit": rng.choice([0, 1, 3])}))
        for name in ("strip", "lstrip", "rstrip"):
            out.append((name, [rng.choice([None, b" ", b"aA", b"\x80\xff", "a"])], {}))
        for name in ("center", "ljust", "rjust"):
            out.append((name, [rng.randint(-1, 12)] + rng.choice([[], [b"*"], [b"**"], ["*"]]),
                        {}))
        out.append(("zfill", [rng.randint(-1, 12)], {}))
        out.append(("expandtabs", [rng.choice([0, 1, 4, 8])], {}))
        out.append(("replace", [random_bytes(rng, 2), random_bytes(rng, 3),
                                rng.choice([-1, 0, 1, 2])], {}))
        out.append(("partition", [rng.choice([b",", b"a", b"", b"ab", "a"])], {}))
        out.append(("rpartition", [rng.choice([b",", b"a", b"ab", None])], {}))
        out.append(("removeprefix", [random_bytes(rng, 2)], {}))
        out.append(("removesuffix", [random_bytes(rng, 2)], {}))
        out.append(("splitlines", [rng.choice([True, False, 0, 1])], {}))
        out.append(("hex", [rng.choice([":", b"-", "", "ab", 5]), rng.choice([1, 2, -2, 3, 0])],
                    {}))
        out.append(("join", [[random_bytes(rng, 2) for _ in range(rng.randint(0, 3))]], {}))
        out.append(("translate", [rng.choice([None, bytes(range(255, -1, -1)), b"x"]),
                                  random_bytes(rng, 2)], {}))
        out.append(("decode", [rng.choice(["utf-8", "ascii", "latin-1"]),
                               rng.choice(["strict", "replace", "ignore", "backslashreplace"])],
                    {}))
    return out


def calls():
    rng = random.Random(3011)
    rows = []
    for _ in range(30):
        data = random_bytes(rng)
        calls_for_data = cases(rng)
        for type_name, make in (("bytes", bytes), ("bytearray", bytearray)):
            for name, args, kwargs in calls_for_data:
                receiver = make(data)
                result = outcome(lambda: getattr(receiver, name)(*args, **kwargs))
                if isinstance(result, dict) and result.get("error", "").startswith("Unicode"):
                    continue  # compared in tests/str/decode_test.ts
                rows.append([type_name, name, data.hex(), [encode(a) for a in args],
                             {k: encode(v) for k, v in kwargs.items()}, result])
    return rows


def slices():
    rng = random.Random(461)
    rows = []
    for _ in range(1500):
        data = bytes(rng.randrange(97, 123) for _ in range(rng.randint(0, 8)))
        start, stop = rng.choice([None, 0, 1, 3, -2, 9, -9]), rng.choice([None, 0, 2, 5, -1, 9])
        step = rng.choice([None, 1, 2, -1, -2, 3, 0])
        value = None if rng.random() < 0.25 else bytes(
            rng.randrange(65, 91) for _ in range(rng.randint(0, 5)))
        target = bytearray(data)
        index = slice(start, stop, step)

        def run():
            if value is None:
                del target[index]
            else:
                target[index] = value
            return bytes(target)

        rows.append([data.hex(), start, stop, step, None if value is None else value.hex(),
                     outcome(run)])
    return rows


os.makedirs(OUT, exist_ok=True)
for name, build in (("calls", calls), ("slices", slices)):
    with open(os.path.join(OUT, name + ".json"), "w") as out:
        json.dump(build(), out, separators=(",", ":"))
        out.write("\n")
