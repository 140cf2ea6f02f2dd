# Long-text paths of replace (one ASCII character by another, through UTF-8
# bytes, from 4096 characters) and splitlines (a text whose only line break is
# "\n" splits at it alone), against texts that must take the general ways.
import hashlib


def digest(value):
    if isinstance(value, list):
        value = "\x00".join(value)
    return len(value), hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:12]


base = "".join("w%d|é|%s|" % (i, chr(0x3b1 + i % 20)) for i in range(2000))
print(len(base))
print(digest(base.replace("|", " ")))
print(digest(base.replace("|", " ", 5)))
print(digest(base.replace("|", "é")))
print(digest(base.replace("é", "e")))
print(digest(base.replace("|", "")))
print(digest(base.replace("|", "--")))
print(digest(base.replace("#", "!")))
print(base.replace("#", "!") is base or base.replace("#", "!") == base)
astral = base + "\U0001f600|"
print(digest(astral.replace("|", " ")))
surrogate = base + "\udc80|"
print(digest(surrogate.replace("|", " ")))
ascii_text = "a|b" * 3000
print(digest(ascii_text.replace("|", "\x7f")), ascii_text.replace("|", "\x00")[:7])
print(digest(ascii_text.replace("a", "a")))
short = "a|b|c"
print(short.replace("|", " "), short.replace("|", " ", 1))

lines = "\n".join("line %d %s" % (i, "é" * (i % 3)) for i in range(3000))
for text in (lines, lines + "\n", lines + "\n\n", "\n" + lines, lines + "\r\nend", lines + "\rx",
             lines + "\x1cy", lines + "\u2028z", lines + "\x85w", lines + "\v\f", lines + "\r",
             "\n" * 5000, lines + "\U0001f600\nq"):
    print(digest(text.splitlines()), digest(text.splitlines(True)), len(text.splitlines()))
print("a\nb\n\nc\n".splitlines(), "a\nb\n\nc\n".splitlines(keepends=True), "".splitlines())
# A leading U+FEFF is a character, not a byte-order mark.
bom = "\ufeff" + "a|b" * 3000
print(len(bom.replace("|", " ")), ascii(bom.replace("|", " ")[:4]), ascii(bom.replace("|", " ", 2)[:4]))
