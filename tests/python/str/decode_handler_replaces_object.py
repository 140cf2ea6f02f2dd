# A decode error handler may replace the exception's object: decoding goes on
# in the new bytes (and a negative position counts from their end).
import codecs


def replace_with_long(exc):
    exc.object = b"\x00" * 8
    return ("\ufffd", exc.start)


codecs.register_error("test.replace_with_long", replace_with_long)
print(ascii(b"\x00".decode("utf-16", "test.replace_with_long")))
print(ascii(b"\x00".decode("utf-32", "test.replace_with_long")))
print(ascii(b"ab\xff".decode("ascii", "test.replace_with_long")))


def shorter_then_negative(exc):
    exc.object = b"xy\xffz"
    return ("?", -1)


codecs.register_error("test.negative", shorter_then_negative)
print(ascii(b"\xff\xff\xff\xff\xff\xffq".decode("utf-8", "test.negative")))


def not_bytes(exc):
    exc.object = bytearray(b"abc")
    return ("?", 0)


codecs.register_error("test.not_bytes", not_bytes)
try:
    b"\xff".decode("ascii", "test.not_bytes")
except TypeError as error:
    print("TypeError", error)


def out_of_bounds(exc):
    exc.object = b"a"
    return ("?", 5)


codecs.register_error("test.bounds", out_of_bounds)
try:
    b"abc\xffdef".decode("ascii", "test.bounds")
except IndexError as error:
    print("IndexError", error)


# Every decoder picks the new object up (an endless loop if one did not).
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)


codecs.register_error("test.mutating", mutating)
for encoding, data in [
    ("ascii", b"\xff"),
    ("utf-7", b"++"),
    ("utf-8", b"\xff"),
    ("utf-16", b"\xff"),
    ("utf-32", b"\xff"),
    ("unicode-escape", b"\\u123g"),
    ("raw-unicode-escape", b"\\u123g"),
    ("cp1252", b"a\x81b"),
]:
    print(encoding, ascii(data.decode(encoding, "test.mutating")))


def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)


codecs.register_error("test.replacing", replacing)
for encoding, data in [("ascii", b"\xff"), ("utf-8", b"\xff"), ("utf-16", b"\xff")]:
    try:
        data.decode(encoding, "test.replacing")
    except TypeError as error:
        print(encoding, "TypeError", error)
