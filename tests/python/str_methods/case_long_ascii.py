# title() and swapcase() of long ASCII texts (mapped as bytes from 1024
# characters) against the same texts short, and with a non-ASCII character.
import hashlib


def digest(value):
    return len(value), hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


words = "the qUICK brown FoX's 3rd-jump over_lazy dogs; AT 12:30 o'clock\tnext\n"
for size in (1023, 1024, 1025, 5000):
    text = (words * (size // len(words) + 1))[:size]
    print(size, digest(text.title()), digest(text.swapcase()))
    print(text.title()[-40:], "|", text.swapcase()[:40])
    assert text.title() == "".join(line.title() for line in text.splitlines(True))
    print(digest((text + "é").title()), digest((text + "é").swapcase()))
every = "".join(chr(c) for c in range(128)) * 20
print(digest(every.title()), digest(every.swapcase()), every.title()[60:100], every.swapcase()[60:130])
print("a" * 2000 == ("A" * 2000).swapcase(), ("aB" * 1000).title()[:6])
