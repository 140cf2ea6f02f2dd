# bytes patterns: bytes, bytearray and memoryview subjects, LOCALE, the
# ASCII-only classes, and mixing str and bytes.
import re

print(re.findall(rb"\w+", b"abc d\xe9f 12_3"))
print(re.findall(rb"\d+|\s+", b"1 \t22\xa03"))
print(re.match(rb"(?i)abc", b"ABC"), re.match(rb"(?i)\xe9", b"\xc9"))
print(re.sub(rb"(\w+)@(\w+)", rb"\2 at \1", b"joe@host"))
print(re.split(rb"[,;]", b"a,b;c"), re.subn(rb"x*", b"-", b"ab"))
print(re.search(rb"\bfoo\b", b"a foo b").span(), re.fullmatch(rb"[\x00-\x7f]+", b"abc\x80"))
print(re.findall(rb"[\x80-\xff]", bytes(range(0x7e, 0x84))))
print(re.findall(rb"[^\x00-\x7f]+", b"a\xff\xfeb\x80"))
print(re.search(rb"\xff+", b"\x00\xff\xff\x01").span())
print(re.findall(b".", b"a\nb"), re.findall(b"(?s).", b"a\nb"))
print(re.escape(b"a.b*c\x00"), re.escape(b"\xff"))

# Other buffers as subjects: groups are bytes.
for subject in (bytearray(b"key=value"), memoryview(b"key=value")):
    m = re.match(rb"(\w+)=(\w+)", subject)
    print(type(subject).__name__, m, m.groups(), type(m.group(1)).__name__, type(m.string).__name__)
    print(re.sub(rb"=", b": ", subject), re.findall(rb"\w", subject)[:3], re.split(b"=", subject))
print(re.sub(rb"a", b"b", bytearray(b"aaa")), re.sub(b"a", bytearray(b"c"), b"aba"))
print(re.match(b"", b"") , re.findall(b"", bytearray()))

# LOCALE applies to bytes patterns only; in the C/UTF-8 locale only ASCII letters fold.
print(re.findall(rb"(?L)\w+", b"caf\xe9 na\xefve"))
print(re.match(rb"(?Li)CAF\xc9", b"caf\xe9"), re.match(rb"(?Li)caf", b"CAF"))
print(re.findall(rb"(?Li)[a-c]+", b"ABCabc\xc0"), re.findall(rb"(?Li)[^a]", b"aA\xe0"))
print(re.findall(rb"(?L)\b\w+\b", b"one two"), re.findall(rb"(?Li)x", b"xX"))
print(re.compile(rb"\w", re.L).flags, re.compile(rb"\w", re.L))
print(re.findall(rb"(?Li)\x80", b"\x80"), re.findall(rb"(?Li)(a)\1", b"aA"))

# str and bytes do not mix.
checks = [
    lambda: re.match(r"a", b"a"),
    lambda: re.match(rb"a", "a"),
    lambda: re.sub(r"a", "b", b"a"),
    lambda: re.sub(rb"a", b"b", "a"),
    lambda: re.sub(rb"a", "b", b"a"),
    lambda: re.sub(r"a", b"b", "a"),
    lambda: re.sub(rb"(a)", r"\1", b"a"),
    lambda: re.findall(rb"a", ["a"]),
    lambda: re.match(rb"a", memoryview(b"abab")[::2]),
    lambda: re.match(r"a", 1),
    lambda: re.compile(r"a").search(None),
    lambda: re.compile(rb"a").split(3.5),
    lambda: re.compile(1),
    lambda: re.match(rb"\u0100", b"x"),
    lambda: re.match(r"a", "a", re.L),
]
for check in checks:
    try:
        print(check())
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__, e)
