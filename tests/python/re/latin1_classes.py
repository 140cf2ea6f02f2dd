# \w, \d, \s and \b on the characters from U+0080 to U+00FF, which the
# engine answers without the Unicode tables: the answers must be
# str.isalnum()/isdecimal()/isspace()'s, as CPython's.
import re

chars = "".join(chr(c) for c in range(0x80, 0x100))
for pattern in (r"\w", r"\W", r"\d", r"\D", r"\s", r"[\w]", r"[^\d\s]", r"\b."):
    found = re.findall(pattern, chars)
    print(pattern, len(found), " ".join("%02x" % ord(c) for c in found))
print(re.findall(r"\w+", "caf\xe9 na\xefve \xbd \xd7 \xf7 \xaa\xba \xb5m"))
print(re.findall(r"\b\w", "\xe0\xd7b \xf7c\xff"))
print(re.findall(rb"\w+", bytes(range(0x80, 0x100))), re.findall(r"(?a)\w+", "caf\xe9"))
print([m.span() for m in re.finditer(r"\d+|\w+", "\xb2\xb3 12 \xbc\xbd\xbe x\xb9")])
