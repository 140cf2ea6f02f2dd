# Where CPython takes any bytes-like object, bytearray works as well as bytes.
print(int(bytearray(b"12")), int(bytearray(b"12"), 16), int(b" 7 "))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(b"\x01\x00", "little"))
try:
    int(bytearray(b"x"))
except ValueError as error:
    print(error)
print(b"-".join([bytearray(b"a"), b"b"]), bytearray(b"abc").find(bytearray(b"c")))
print(b"abc".startswith((bytearray(b"x"), b"ab")), b"a%sc" % bytearray(b"b"))
print(bytes(bytearray(b"copy")), bytearray(bytes(b"copy")), b"ab" == bytearray(b"ab"))
print(b"abc".translate(bytearray(bytes.maketrans(b"a", b"z"))), b"a b".split(bytearray(b" ")))
print(bytearray(b"xyz").decode(), b"x" in bytearray(b"xyz"), bytearray(b"y") in b"xyz")
