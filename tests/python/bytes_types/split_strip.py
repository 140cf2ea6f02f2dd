b = b"  a  b\tc\nd\x0be\x0cf\rg  "
print(b.split(), b.rsplit(None, 2), b.split(None, 1), b.split(b" "), b.rsplit(b" ", 3), b.strip(), b.lstrip(), b.rstrip(), b.split(maxsplit=2))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"".split(), b"".split(b","), b",".split(b","), b"\x85\xa0x".split())
print(b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b"abc".strip(bytearray(b"c")), b"abc".strip(memoryview(b"a")), b"  x  ".strip(None))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(keepends=True), b"\x1c\x1d".splitlines(), b"".splitlines())
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"), bytearray(b"k:v").partition(b":"))
print(b"hello".center(11, b"-"), b"hi".ljust(5, b"."), b"hi".rjust(5), b"42".zfill(6), b"-42".zfill(6), b"+".zfill(3), bytearray(b"x").center(3))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(2), b"\t".expandtabs(0), bytearray(b"a\tb").expandtabs(3))
print(b"Hello World".swapcase(), b"hello world".title(), b"hELLO".capitalize(), b"\xe9abc".upper(), b"ABC\xc9".lower(), b"a1B2".isalnum())
print(b"abc".removeprefix(b"ab"), b"abc".removesuffix(b"bc"), bytearray(b"abc").removeprefix(b"x"), b"abc".startswith((b"x", b"a")), b"abc".endswith(b"c", 0, 3))
for bad in ["b'a b'.split(' ')", "b'a'.strip(1)", "b'a'.partition(b'')", "b'a'.center(5, b'ab')", "b'a'.zfill(None)", "b'a'.expandtabs('x')",
            "b'a'.split(maxsplit='x')", "b'abc'.startswith(['a'])", "b'abc'.removeprefix('a')"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
