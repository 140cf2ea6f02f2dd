for b in [b"", b"\x00", b"\xde\xad\xbe\xef", bytes(range(10))]:
    print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -2), b.hex(" ", 3), bytearray(b).hex("."), memoryview(b).hex(":", 1))
for s in ["", "de ad be ef", "DEADbeef", " 01 ", "0102  03", "\t0a\n", "aB"]:
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
for s in ["0", "zz", "0 1", "1g", "é", "01 0"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for args in [(b"",), ("ab",), (1, 2), (":", 0)]:
    try:
        print(b"ab".hex(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
class B(bytes):
    pass
class BA(bytearray):
    pass
print(type(B.fromhex("00")).__name__, type(BA.fromhex("00")).__name__, B.fromhex("41"), BA.fromhex("42"))
