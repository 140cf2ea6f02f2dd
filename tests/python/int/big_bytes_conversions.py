# Big-int conversions are exact (and fast enough to run at these sizes).
import random
import hashlib

random.seed(12345)
for bits in [0, 1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 1000, 4096, 65537]:
    value = random.getrandbits(bits)
    print(bits, value.bit_length() <= bits, hex(value)[:40], value % 1000003)

n = 160 * 1024
random.seed(2024)
big = random.getrandbits(8 * n)
print(big.bit_length(), big % (2**61 - 1))
little = big.to_bytes(n, "little")
print(hashlib.sha256(little).hexdigest())
print(hashlib.sha256(big.to_bytes(n + 3, "big")).hexdigest())
print(int.from_bytes(little, "little") == big, int.from_bytes(little[::-1], "big") == big)
print(int.from_bytes(little, "little", signed=True) == (big - (1 << (8 * n)) if little[-1] >= 0x80 else big))
negative = -big
print(hashlib.sha256(negative.to_bytes(n + 1, "big", signed=True)).hexdigest())
print(int.from_bytes(negative.to_bytes(n + 1, "little", signed=True), "little", signed=True) == negative)

random.seed(7)
data = random.randbytes(n)
print(len(data), hashlib.sha256(data).hexdigest())
random.seed(big)
print(random.random(), random.getrandbits(70))
random.seed(-big)
print(random.random())

# Small and edge cases of to_bytes/from_bytes.
for value, length, order, signed in [(0, 0, "big", False), (0, 3, "little", False), (1, 1, "big", False),
                                     (255, 1, "big", False), (-1, 1, "big", True), (-128, 1, "little", True),
                                     (127, 1, "big", True), (0x1234567, 4, "little", False), (0xabc, 5, "big", False),
                                     (-(1 << 100), 13, "big", True), ((1 << 100) - 1, 13, "little", False)]:
    data = value.to_bytes(length, order, signed=signed)
    print(value, data, int.from_bytes(data, order, signed=signed) == value)
for value, length, signed in [(256, 1, False), (128, 1, True), (-129, 1, True), (-1, 4, False), (1, 0, False)]:
    try:
        value.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print(value, length, e)
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes(bytearray(b"\x01\x02\x03"), "little"), int.from_bytes([1, 2, 3, 4, 5, 6, 7, 8, 9], "big"))
