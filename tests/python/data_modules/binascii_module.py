# binascii: every function on ordinary and odd input (padding, garbage,
# line lengths, separators), the argument types each accepts, and
# CPython's errors and messages.
import binascii


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", repr(r))


print("--- module")
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.Error.__module__, issubclass(binascii.Error, ValueError))

print("--- base64")
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]
for s in samples:
    e = binascii.b2a_base64(s)
    print(e, binascii.b2a_base64(s, newline=False) == e[:-1], binascii.a2b_base64(e) == s)
for text in ["YWJj", "YW Jj\n", "YWJjZA==", "YWJjZA=", "YWJjZA", "YWJjZGU=", "YW=Jj", "Y===",
             "YQ==YWJj", "YWJj====", "!Y@W#J$j", "YWJjZA==\n", "", "=", "==YWJj", "YW\x80Jj",
             "a", "abcde", "abcdefghi", "ab==cd", "ab=c==", "a===", "abc=x"]:
    attempt(binascii.a2b_base64, text.encode("latin-1"))
for text in [b"ab==cd", b"=abc", b"ab!c", b"abc=x", b"ab=", b"abc==", b"abcd=", b"YWJj",
             b"YWJjZA==", b"YW Jj", b"ab=c", b"ab==", b"ab=\n", b"YWJj\n"]:
    attempt(binascii.a2b_base64, text, strict_mode=True)
attempt(binascii.a2b_base64, "YWJj")
attempt(binascii.a2b_base64, bytearray(b"YWJj"))
attempt(binascii.a2b_base64, memoryview(b"xYWJjx")[1:5])
attempt(binascii.a2b_base64, "é")
attempt(binascii.a2b_base64, 5)
attempt(binascii.a2b_base64, memoryview(b"YWJj")[::2])
attempt(binascii.b2a_base64, "abc")
attempt(binascii.b2a_base64, b"abc", False)
attempt(binascii.b2a_base64, memoryview(b"abcd")[::2])
attempt(binascii.b2a_base64, bytearray(b"\xff\xfe"), newline=0)

print("--- hex")
for s in [b"", b"\x00", b"abc", bytes(range(0, 256, 17))]:
    print(binascii.hexlify(s), binascii.b2a_hex(s), binascii.unhexlify(binascii.hexlify(s)) == s)
for sep, n in [("-", 1), ("-", 2), (b":", -2), ("_", 4), (" ", -4), ("-", 0), ("é", 1), (b"\xe9", 3)]:
    print(repr(sep), n, binascii.hexlify(b"abcdefg", sep, n), binascii.b2a_hex(b"abcdefg", sep=sep, bytes_per_sep=n))
print(binascii.hexlify(b"", ":"), binascii.unhexlify("4142"), binascii.a2b_hex(bytearray(b"ff00")))
print(binascii.a2b_hex("AbCd"), binascii.unhexlify(memoryview(b"0a0b")))
attempt(binascii.a2b_hex, "abc")
attempt(binascii.a2b_hex, "zz")
attempt(binascii.a2b_hex, "é")
attempt(binascii.unhexlify, b"0G")
attempt(binascii.unhexlify, b"G0")
attempt(binascii.b2a_hex, b"abcdef", "--")
attempt(binascii.b2a_hex, b"abcdef", "\u20ac")
attempt(binascii.hexlify, b"abc", 5)
attempt(binascii.hexlify, b"abc", bytearray(b"-"))
attempt(binascii.hexlify, b"abc", [1])
attempt(binascii.hexlify, b"abc", "-", 2 ** 40)
attempt(binascii.hexlify, b"abc", "-", 1.0)
attempt(binascii.hexlify, "abc")

print("--- uu")
for s in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(45)), b"\x00\x00\x00"]:
    e = binascii.b2a_uu(s)
    print(e, binascii.b2a_uu(s, backtick=True), binascii.a2b_uu(e) == s)
for text in [b"#86)C\n", b"", b"\n", b"!!!!!!", b"#86)C    xx", b"$86)C", b"#86)C!!", b"#8{)C",
             b"#86)C  \r\n", b"#86)C``", b"`\n", b"!80``", "#86)C", b" "]:
    attempt(binascii.a2b_uu, text)
attempt(binascii.b2a_uu, b"x" * 46)
attempt(binascii.b2a_uu, "abc")
attempt(binascii.b2a_uu, b"a", backtick="x")
attempt(binascii.b2a_uu, b"a", True)

print("--- quoted-printable")
qp_inputs = [b"hello world", b"a=b", b"tab\there", b"trailing space \nnext", b"trailing tab\t\nx",
             b"end space ", b"x" * 100, b"y" * 75 + b"\n" + b"z" * 80, b"caf\xc3\xa9", b".\n", b".",
             b"a.\n.b", b"line\r\nend \r\n", b"crlf\r\nonly\nlf", b"under_score and space",
             b"\x00\x01\x7f\x80\xff", b"=" * 30, b"a\rb", b"\t", b" \n \n", b"w" * 74 + b"=",
             b"v" * 73 + b"\xff\xff", b"." * 3]
for s in qp_inputs:
    print(s[:20], binascii.b2a_qp(s))
    print("   ", binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, istext=False))
    print("   ", binascii.b2a_qp(s, header=True), binascii.b2a_qp(s, True, False, True))
    print("   ", binascii.a2b_qp(binascii.b2a_qp(s)) == s, binascii.a2b_qp(binascii.b2a_qp(s, header=True), header=True) == s)
for text in [b"=41=4", b"a_b", b"a=\nb=\r\nc", "abc=3d", b"=3D=3d==", b"=\r", b"=\rxy\nz", b"=4",
             b"=g1", b"soft=  \nbreak", b"=", b"a=0A=0D", b"_=5F_"]:
    attempt(binascii.a2b_qp, text)
    attempt(binascii.a2b_qp, text, header=True)
attempt(binascii.b2a_qp, "abc")
attempt(binascii.b2a_qp, b"a", "x")
attempt(binascii.a2b_qp, b"a", header=1.5)

print("--- crc")
for s in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 4]:
    print(binascii.crc32(s), binascii.crc32(s, 12345), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2 ** 40), binascii.crc32(b"ab", 2 ** 70 + 5))
print(binascii.crc_hqx(b"abc", 2 ** 40), binascii.crc_hqx(b"ab", -5), binascii.crc32(b"a", True))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
attempt(binascii.crc32, "abc")
attempt(binascii.crc32, b"ab", 1.5)
attempt(binascii.crc_hqx, b"abc")
attempt(binascii.crc32, memoryview(b"abcd")[::2])
attempt(binascii.crc32)
