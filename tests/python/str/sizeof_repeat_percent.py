# str.__sizeof__ by CPython's compact layouts; repeating a str up to nearly
# sys.maxsize characters is a MemoryError, past it an OverflowError; %d/%i/%u
# convert with __int__ before __index__, %x/%X/%o with __index__.
import operator
import sys

for char in "a", "\xe9", "\u20ac", "\U0010ffff":
    print(sys.getsizeof(char * 42), sys.getsizeof(char), char.__sizeof__())
print(sys.getsizeof(""))
for char, size, width in ("a", 48, 1), ("\xe9", 72, 1), ("\u20ac", 72, 2), ("\U0010ffff", 72, 4):
    try:
        char * ((sys.maxsize - size) // width)
    except MemoryError:
        print("MemoryError")
try:
    "ab" * (sys.maxsize // 2 + 1)
except OverflowError as e:
    print("OverflowError", e)


class RaisingNumber:
    def __int__(self):
        raise RuntimeError("int")

    def __index__(self):
        raise RuntimeError("index")


for code in "%d", "%i", "%u", "%x", "%X", "%o":
    try:
        operator.mod(code, RaisingNumber())
    except RuntimeError as e:
        print(code, e)


class PseudoFloat:
    def __int__(self):
        return 3


print("%d" % PseudoFloat())
for code in "%x", "%c":
    try:
        code % PseudoFloat()
    except TypeError as e:
        print(code, e)
