for v in [0, -0, 7, -7, 2**63, -(2**63), 10**50, True, False]:
    print(str(v), repr(v), format(v), f"{v}", "%d" % v, "%s" % v, "%r" % v, ascii(v), len(str(v)))
class I(int):
    def __repr__(self):
        return "I-repr"
    def __str__(self):
        return "I-str"
i = I(3)
print(i, repr(i), str(i), f"{i}", f"{i!r}", "%d" % i, "%s" % i, "%r" % i, format(i), format(i, "d"), [i], int.__repr__(i), int.__str__(i) if hasattr(int, "__str__") else "")
print(int("  -0  "), int("+000"), int("0" * 100), int("1" + "0" * 50), int("١٢٣٤"), int("𝟏𝟐"), int("\u0967"))
for s in ["1" * 4300, "-" + "1" * 4300]:
    print(len(str(int(s))))
print(str(2**1000)[:20], str(-(2**1000))[-10:], len(str(2**10000)), hex(2**1000)[:10], oct(-(2**100)), bin(2**70)[:10])
print(int(3.99e18), int(-1e19), int(1.5e300) == 15 * 10**299, int(float(2**63)), int(2.0**64))
