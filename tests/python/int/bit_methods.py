for n in [0, 1, -1, 255, -256, 2**31, 2**63 - 1, -(2**63), 2**64, 10**50, -(10**50)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print((True).bit_length(), (True).as_integer_ratio(), type((True).numerator))
for n, length, order, signed in [(1024, 2, "big", False), (1024, 4, "little", False), (-1, 1, "big", True),
                                 (-129, 2, "big", True), (255, 1, "little", False), (2**64 - 1, 8, "big", False),
                                 (-(2**63), 8, "little", True), (0, 0, "big", False), (10**30, 13, "big", False)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
print((5).to_bytes(), (5).to_bytes(2), (300).to_bytes(2, byteorder="little"))
for args in [(1, "big"), (1, "little", True)]:
    try:
        print((256).to_bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
             lambda: (128).to_bytes(1, "big", signed=True), lambda: (-129).to_bytes(1, "big", signed=True),
             lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes("1", "big"), lambda: (0).to_bytes(0, "big"),
             lambda: (1).to_bytes(0, "big"), lambda: int.from_bytes(b"\x01", "mid"),
             lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(5, "big")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b""), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "little"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x00\x80"), "little"), int.from_bytes(iter([1, 0]), "little"))
print(int.from_bytes(memoryview(b"\x12\x34"), "big"), int.from_bytes((255,), "big", signed=True))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x00", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
for n in [15, 25, 35, -15, -25, 1234, -1250, 1250, 10**20 + 5, 5, 0]:
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -25))
print(type(round(5, -1)), round(True, -1), type(round(True)))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print((7).__round__(), (7).__round__(-1), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__())
print((-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__(), (7).__bool__(), (0).__bool__())
print((12).__sizeof__() > 0)
