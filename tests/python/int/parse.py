cases = [("0", 10), ("-0", 10), ("+17", 10), ("  42  ", 10), ("\t\n 7 \r", 10), ("1_000_000", 10),
         ("0x_ff", 16), ("0xFF", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("0B1_1", 0), ("017", 8),
         ("0", 0), ("00", 0), ("ff", 16), ("zz", 36), ("ZZ", 36), ("101", 2), ("-0b11", 0), ("0o7", 8),
         ("0b1", 2), ("0x1", 16), ("١٢٣", 10), ("12\u3000", 10), ("\u00a0 5", 10), ("٣", 0),
         ("1" * 50, 10), ("-" + "9" * 40, 10), ("7" * 30, 8), ("z" * 20, 36)]
for s, base in cases:
    print(repr(s), base, int(s, base))
bad = [("", 10), (" ", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("0x", 16), ("0x", 0), ("012", 0),
       ("08", 0), ("1.5", 10), ("12a", 10), ("--1", 10), ("+-1", 10), ("0b2", 0), ("2", 2), ("0o8", 0),
       ("1 2", 10), ("0b_", 0), ("0_b1", 0), ("a" * 250, 10), ("1e5", 10), ("١٢x", 10), ("0xg", 16)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in [1, 37, -1, 100]:
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(5, 10), (5.5, 2), (b"12", 16), (bytearray(b"z"), 36), ("12", "10"), (None,), ([],), ("12", 2.0)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(int(b" 12 "), int(bytearray(b"-5")), int(memoryview(b"77"), 8))
for b in [b"1_0", b"\xff", b"1.0"]:
    try:
        print(int(b))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(), int(x="5", base=16) if False else int("5", base=16), int("0x10", base=0))
try:
    int(x="5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __index__(self):
        return 16
print(int("ff", Base()))
print(int("-  1".replace(" ", "")), int("+0_0"), int("0_0", 0))
for s in ["0_7", "00_0", "0x_", "1_2_3"]:
    try:
        print(s, int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
