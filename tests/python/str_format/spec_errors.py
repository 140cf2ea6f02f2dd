cases = [(1, "=5s"), (1, "x<"), (1, ".5x"), (1, ",x"), (1, "_c"), (1, ",o"), (1, "_o"), (1.5, ",_"), (1.5, "_,"), (1.5, "=10c"), ("s", ",s"),
         ("s", "#s"), ("s", "+s"), ("s", "05s"), ("s", "=s"), ("s", "z"), (1, "z"), (1.5, "zd"), (1, "5,5"), (1, ".0d"), (1, "-+"),
         (1, "10.10.10"), (1, "{"), (1, "{}"), (1, ">>5"), (1.5, "%%"), (1j, "%"), (1j, "=5"), (None, "5"), ([], "s"), (1, "\x00<5"),
         (1, "😀^9"), (1, "1" * 25), (1.5, "." + "9" * 25), (True, "?"), (1, "a"), (1.0, "x"), ("x", "d"), (b"x", "s")]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
for fmt in ["{:{}}", "{0:{1}{2}}", "{:{:{:{}}}}", "{!r:{}}", "{0[0]:{0[1]}}", "{a:{b}{c}}"]:
    try:
        print(fmt, repr(fmt.format("x", "5", "<", ["y", ">3"], a="q", b="^", c="7")))
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:{w}}|".format("x", w=4), "{:*>{}}".format(1, 6), f"{'x':{'>'}{4}}")
