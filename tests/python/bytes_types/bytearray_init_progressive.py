# bytearray.__init__ empties the bytearray first, then appends an iterable's
# items as they come: the iterable sees the bytearray grow.
b = bytearray(b"old contents")


def g():
    for i in range(1, 6):
        yield i
        print(list(b), len(b), b.__alloc__() > len(b))


b.__init__(g())
print(b, len(b))

b = bytearray(b"xyz")
b.__init__(b)
print(b)
b = bytearray(b"abc")
try:
    b.__init__(iter([1, 2, 300]))
except ValueError as e:
    print("ValueError:", e, b)
b = bytearray(b"abc")
b.__init__(3)
print(b)
b.__init__("hé", "utf-8")
print(b)
