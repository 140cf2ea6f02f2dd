# float(str) and int(str) of plain literals (a character-scan fast path) and
# of near misses that must take the general path or fail as CPython does.
import math

for text in ["0", "-0", "+0", "12.5", "-3", "1e-7", "1E+300", "5.", ".5", "-.5e3",
             "00012.000", "123456789012345678901234567890", "1e400", "-1e400", "1e-400",
             "4.9e-324", "0.1", "2.5e", "1e", ".", "-", "+", "", "e5", ".e5", "1.2.3",
             "1_0.5", "1__0", "_1", " 7.5 ", "\t-2\n", "1e5 ", "١٢.٥", "inf", "-Infinity",
             "nan", "1.5x", "0x10", "++1", "1e+-5", "--1"]:
    try:
        value = float(text)
        print(repr(text), repr(value), math.copysign(1.0, value) if value == 0 else "")
    except ValueError as error:
        print(repr(text), "ValueError", error)

for text in ["0", "-0", "+0", "007", "-42", "+42", "123456789012345", "-123456789012345",
             "1234567890123456", "9999999999999999999", "-9007199254740993", "", "-", "+",
             "1_000", "1__0", " 12 ", "12 ", "\n-5", "١٢", "12a", "0x10", "1.0", "--5", "+-5"]:
    try:
        value = int(text)
        print(repr(text), value, type(value).__name__)
    except ValueError as error:
        print(repr(text), "ValueError", error)

print(int("-0") == 0, str(int("-0")), str(float("-0")))
print(sum(int(str(i)) for i in range(-500, 500)), sum(float("%d.%02d" % (i, i % 100)) for i in range(1000)))
