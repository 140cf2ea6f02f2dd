# Extended slices of strs (`s[::-1]`, `s[1::2]`, `s[i:j:k]`), f-string
# fields without a spec (`f"{s}"`, `f"{i}"`, `f"{x!s}"`) and constant formats
# with one bare conversion (`"item%d" % i`, `"<%s>" % s`), and fields with a
# constant spec (`f"{s:>10}"`, `f"{i:05d}"`) in traces: plain strs
# and small ints take the trace's own ops; wide strs (astral characters, lone
# surrogates), str subclasses, bools, big ints and objects with __format__ or
# __str__ take the general way, the trace leaving where its guards fail.


class S(str):
    def __str__(self):
        return "S!"

    def __format__(self, spec):
        return "F(" + spec + ")"


class N(int):
    def __format__(self, spec):
        return "N" + spec


def slices(words):
    out = []
    for w in words:
        out.append((w[::-1], w[1::2], w[::3], w[-2::-2], w[5:1:-1], w[1:7:2], w[100::-1], w[:-100:-1]))
    return out


def fields(values):
    out = []
    for v in values:
        out.append(f"<{v}|{v!s}>" + f"{v}")
    return out


def alone(values):
    return [f"{v}" for v in values], [f"{v!s}" for v in values]


def percent_int(values):
    out = []
    for v in values:
        out.append(("item%d" % v, "%i|" % v, "%u" % v, "<%s>" % v, "a%%b%dc" % v, "%5d" % v))
    return out


def percent_str(values):
    out = []
    for v in values:
        out.append(("<%s>" % v, "%s" % v, "%s!" % v, "%r" % v, "%.2s" % v))
    return out


def spec_str(values):
    out = []
    for v in values:
        out.append(f"{v:>10}|{v:<5}|{v:^7}|{v:*^9}|{v:.2}|{v:010}|{v!s:>4}|{v:}")
    return out


def spec_int(values):
    out = []
    for v in values:
        out.append(f"{v:05d}|{v:x}|{v:>8}|{v:+d}|{v:,}|{v:_b}|{v:.2e}|{v:%}|{v:=+6}|{v:#o}")
    return out


def spec_char(values):
    return [f"{v:c}|{v:>3c}" for v in values]


def spec_equals(values):
    return [f"{v:=5}" for v in values]


def varying_step(words, steps):
    out = []
    for i, w in enumerate(words):
        k = steps[i % len(steps)]
        out.append(w[::k])
    return out


def digest(rows):
    text = repr(rows)
    return len(rows), len(text), sum(ord(c) * (i % 97 + 1) for i, c in enumerate(text)) % 1000003


plain = ["item%d" % i for i in range(3000)]
wide = ["x😀ab" * (i % 3 + 1) for i in range(20)] + ["ab\ud800cd" * 2]
# The wide strs come after the loop is traced: its guards fail there.
mixed = plain[:2000] + wide + [S("subclass"), "tail", ""] + plain[2000:]
print(slices(plain)[:3], slices(plain)[-1])
rows = slices(mixed)
print(digest(rows), rows[1995:2030])
values = list(range(-5, 2000)) + ["a", "b😀", S("s"), True, False, None, 2**80, -(2**70), N(7), 3.5, [1, 2]]
rows = fields(values)
print(digest(rows), rows[:3], rows[-12:])
rows = fields([str(i) for i in range(1500)] + [i * 1000003 for i in range(1500)] + ["z"])
print(digest(rows), rows[1495:1505], rows[-2:])
for vs in ([str(i) for i in range(1500)] + values, list(range(1500)) + values):
    rows, rows_s = alone(vs)
    print(digest(rows), rows == rows_s, rows[1495:1505], rows[-12:])
rows = varying_step(plain, [1, -1, 2, -3])
print(digest(rows), rows[:8], rows[-4:])
rows = varying_step(plain[:1500], [-1]) + varying_step(plain[:1500], [2, 1, -2])
print(digest(rows), rows[1495:1505])
numbers = [True, False, 2**80, -(2**70), N(7), 3.5, 10**15, -(2**53)]
rows = percent_int(list(range(-1500, 1500)) + numbers)
print(digest(rows), rows[1495:1500], rows[-8:])
rows = percent_str([str(i) for i in range(1500)] + values)
print(digest(rows), rows[1495:1500], rows[-12:])
rows = spec_str([str(i) * (i % 4) for i in range(1500)] + ["a", "b😀", S("s"), "ab\ud800", "x" * 20])
print(digest(rows), rows[1495:1500], rows[-12:])
rows = spec_int(list(range(-1500, 1500)) + [True, False, 2**80, -(2**70), N(7), 10**15])
print(digest(rows), rows[1495:1500], rows[-6:])
for vs in (list(range(2500)), list(range(2500)) + ["x"]):
    try:
        rows = spec_equals(vs)
        print(digest(rows), rows[-3:])
    except ValueError as e:
        print("ValueError", e)
try:
    print(digest(spec_char(list(range(1500)) + [-1])))
except OverflowError as e:
    print("OverflowError", e)
print(digest(spec_char(list(range(3000)))))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
for fmt in ("%d", "%s"):
    try:
        for i in range(2500):
            x = fmt % (i if i < 2200 else (1, 2))
    except TypeError as e:
        print("TypeError", e, i)
try:
    for i in range(2500):
        x = plain[i][::(1 if i < 2200 else 0)]
except ValueError as e:
    print("ValueError", e, i)
