class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class BadIndex:
    def __index__(self):
        return "x"
for v in [0, 1, -1, 255, -255, 2**64, -(2**64), True, I(10), I(-3)]:
    print(bin(v), oct(v), hex(v), format(v if not isinstance(v, I) else v.v, "#b"))
for bad in [1.5, "1", None, BadIndex(), [1]]:
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(format(10, "b"), format(10, "#o"), format(255, "#X"), format(-255, "#x"), format(10, "08b"), format(10, "#010b"), format(10, "_b"), format(2**32, "_x"))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(bin(-5), 0), eval(hex(2**70)) == 2**70)
print(f"{255:#x} {255:X} {255:o} {255:b} {255:c} {255:d} {255:n} {255:,} {255:_}")
print("%x %X %o %#x %#o %#X" % (255, 255, 255, 255, 255, 255))
print(format(I(7), "") if False else "", hex(I(255)), "%x" % I(255), "%d" % I(3), f"{I(3).v:04d}")
try:
    "%d" % I(3)
    print(f"{I(3):d}")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
