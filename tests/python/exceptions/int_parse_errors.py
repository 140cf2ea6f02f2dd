# int(text) that is no literal: the ValueError raised without a JS throw when
# the eval loop calls int directly (and by a guard in compiled traces) must be
# the one every other way of calling int raises: message, traceback, chaining,
# handled-exception state; texts that are literals keep their values.
import sys


def tb_lines(exc):
    lines = []
    tb = exc.__traceback__
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return lines


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        return "ValueError: %s %s" % (e, tb_lines(e))


texts = ["12", "x12", "", " 7 ", "1_000", "1__0", "_1", "1_", "+-3", "-0", "0x1f", "٣",
         "12abc", "9" * 30, "1.5", "\u00a0 42\u2003", "a" * 250, "\ud800", "🐍"]
for text in texts:
    print(repr(text)[:40], parse(text))

# bases, through the quiet path (exact str and int base) and around it
for text, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("z", 36), ("z", 35), ("012", 0),
                   ("0", 0), ("00", 0), ("0b102", 0), ("1_0", 2), ("0o_7", 0), ("", 2)]:
    try:
        print(text, base, int(text, base))
    except ValueError as e:
        print(text, base, "ValueError:", e)
for bad_base in [1, 37, -1, True]:
    try:
        print(int("10", bad_base))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# other argument kinds keep their own rules and messages
class S(str):
    pass


class WithInt(str):
    def __int__(self):
        return 99


for value in [S("5"), S("x5"), WithInt("x5"), b"x5", bytearray(b"17"), 3.9, None]:
    try:
        print(type(value).__name__, int(value))
    except (ValueError, TypeError) as e:
        print(type(value).__name__, type(e).__name__, e)

# int called other ways: bound through a variable, by keyword, through map, as a subclass
as_int = int
for call in [lambda: as_int("q"), lambda: int(x="q"), lambda: list(map(int, ["1", "q"])),
             lambda: type("I", (int,), {})("q")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# chaining and handled-exception state
try:
    try:
        raise KeyError("first")
    except KeyError:
        int("nope")
except ValueError as e:
    print("context", repr(e.__context__), e.__suppress_context__, tb_lines(e))
try:
    int("nope")
except ValueError:
    print("handled", sys.exc_info()[0].__name__)
print("after", sys.exc_info())


# a loop that fails on some iterations (hot enough for the JIT), raise ... from
class Invalid(Exception):
    pass


def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise Invalid(text) from e


def loop(n):
    total = bad = 0
    causes = set()
    for i in range(n):
        text = "x%d" % i if i % 4 == 0 else str(i)
        try:
            total += convert(text)
        except Invalid as e:
            bad += 1
            causes.add(str(e.__cause__))
            last = tb_lines(e) + tb_lines(e.__cause__)
    return total, bad, len(causes), sorted(causes)[:2], last


print(loop(3000))


def plain_loop(texts):
    out = []
    for text in texts:
        try:
            out.append(int(text))
        except ValueError as e:
            out.append(str(e))
    return out


print(plain_loop(["1", "2", "3"] * 20 + ["x", "4", "y_", "5"] * 5)[-8:])
