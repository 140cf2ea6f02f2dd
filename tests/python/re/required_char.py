# A search whose pattern needs a character (a literal after the first items,
# e.g. the "@" of an e-mail pattern) skips the starts too far before that
# character's next occurrence (the items before it consume at most so many),
# and ends at once when it does not occur up to endpos; the answers must be
# the ones of trying every start.
import re

cases = [
    (r"[\w.+-]+@[\w-]+\.[\w.]+", "user=u5 mail=user5@example.org msg=x a@b.c tail"),
    (r"(\w+)=(\"[^\"]*\"|\S+)", "a=1 b=\"x y\" c= d"),
    (r"\b(\d{1,3})\.(\d{1,3})", "1.2 33.44 5 6"),
    (r"a+b", "aaab aab ab b"),
    (r"a{2,}b", "ab aab aaab"),
    (r"x*y", "xxxy y"),
    (r"[a-z]?@", "a@ @ b"),
    (r"\d@", "1@2"),
    (r"\xe9+x", "\xe9\xe9x \xe9x"),
    (r"\u3042x", "\u3042x \u3042y"),
    (r"(?<=a)b", "ab cb"),
    (r"^\w+:", "key: value"),
    (r"(?m)^\w+:", "a\nkey: value"),
    (r"\s*;", "a ; b"),
    (r".=", "a=b"),
    (r"a{1,3}b", "aac aaab ab aaaab"),
    (r"\d.?x", "1y 2-x 3x 45-x"),
    (r"(\w)(\w{1,2})@", "a b@ cd@ efg@ hijk@"),
    (r"\b(\d{1,3})\.(\d{1,3})\b", "1234.5 12.3 7.777 5."),
    (r"[ab]{2,3}=", "ab a= aab= abab="),
    (r"a*?b{2}", "ab aabb b bb"),
]
for pattern, text in cases:
    p = re.compile(pattern)
    print(pattern)
    print(" ", p.findall(text), [m.span() for m in p.finditer(text)])
    print(" ", p.sub("-", text), p.split(text), p.subn("", text))
    for pos in range(len(text) + 1):
        m = p.search(text, pos)
        print(" ", pos, m and m.span(), end="")
        for endpos in (pos, pos + 1, pos + 4, len(text) - 1):
            m = p.search(text, pos, endpos)
            print("", m and m.span(), end="")
        print()
    sc = p.scanner(text)
    print(" ", [sc.search() and sc.search() for _ in range(3)])

# bytes, and str subjects with characters from 256 and from the astral planes up
print(re.findall(rb"\w+@", b"ab@ cd@ x"), re.findall(rb"\w+@", b"ab cd"))
print(re.findall(rb"[a-z]+\xff", b"ab\xff cd"), re.findall(r"a+@", "a@\U0001F600aa@ a"))
print(re.findall(r"\w+=", "\U0001F600 k=v x"), re.findall(r"\w+=", "\U0001F600 kv x"))
print(re.findall(r"\w+\u0101", "x\u0101 y"), re.findall(r"\w+\u0101", "x y\U0001F600"))
# a required character beyond endpos
print(re.compile(r"\w+=").search("abc=def", 0, 3), re.compile(r"\w+=").search("abc=def", 0, 4))
