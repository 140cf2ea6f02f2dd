b = b"Hello, World! hello"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.count(b"l"), b.count(ord("o")), b.find(b"World"), b.rfind(b"l"))
print(b.index(b"o"), b.rindex(ord("o")), b.startswith(b"He"), b.endswith((b"x", b"lo")), b.replace(b"l", b"L", 2), b.split(b", "), b.split())
print(b.partition(b"!"), b.rpartition(b"l"), b.center(25, b"*"), b.ljust(22, b"."), b.rjust(22), b.zfill(22), b"-5".zfill(4))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"abc".lstrip(b"a"), b"abc".rstrip(b"c"), b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(True))
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), bytes.maketrans(b"a", b"b")[97:99])
print(b"\xe9t\xe9".decode("latin-1"), b"caf\xc3\xa9".decode(), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", b"\xff\xfeh\x00".decode("utf-16"), b"h\x00\x00\x00".decode("utf-32-le"))
for args in [("utf-8",), ("ascii",), ("utf-16",), ("utf-8", "nope"), ("nope",)]:
    try:
        print(b"ok\xff\xfe\xfd".decode(*args))
    except (UnicodeDecodeError, LookupError) as e:
        print(args, type(e).__name__, e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
for bad in ["b'a' + 'a'", "b'a'.find('a')", "b'a'.join(['a'])", "b'a'.split('a')", "b'a'.replace('a', 'b')", "b'a'.count(256)",
            "b'a'.startswith('a')", "b'a'.center(3, 'x')", "b'a'.center(3, b'xy')", "b'a'.strip('a')", "b'abc'.index(b'z')",
            "b'a'.split(b'')", "b'a'.translate(b'x')", "bytes.maketrans(b'a', b'bc')", "b'%s' % 'x'", "b'a'[5]", "b'a' < 'a'",
            "b'a'.partition(b'')", "b'a'.fromhex('zz')", "b'a'.zfill('3')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(b"a" == bytearray(b"a"), b"a" < b"b", b"ab" > b"a", b"" < b"\x00", b"a" * 3, 2 * b"xy", b"abc"[1], b"abc"[-1:], b"abcdef"[::2], b"abc"[::-1])
print(list(b"ab"), bytes(3), bytes([1, 2]), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"y")), bytes("é", "utf-8"), bytes(), 97 in b"a", b"b" in b"abc")
print(repr(b"\x00\t\n\r'\"\\\x7f\x80"), repr(b"'"), repr(b"\"'"), str(b"x"), ascii(b"x"), hash(b"abc") == hash(b"abc"))
