# Back references: numbered and named, to unset groups, to groups inside
# repeats, case-insensitive ones, and octal escapes that are not references.
import re

print(re.findall(r"\b(\w+) \1\b", "the the cat sat sat on the mat mat"))
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "it is is is fine fine"))
print(re.match(r"(a)(b)?\2", "ab b"), re.match(r"(a)(b)?\2", "a"))
print(re.match(r"(a)|\1", "x"))
print(re.match(r"(a|b)*\1", "abb").group(), re.match(r"(a|b)*?\1", "abb").group())
print(re.match(r"((a)|b)+\2", "aba").groups())
print(re.match(r"(\w)(\w)?\2?\1", "aa"))
print(re.search(r"(.)\1{2,}", "abbcccdddd").group())
print(re.findall(r"(\w)\1", "aabbcdde"))
print(re.fullmatch(r"(a+)b\1", "aabaa"), re.fullmatch(r"(a+)b\1", "aaba"))
print(re.fullmatch(r"(a+)+b\1", "aaabaa"))

# Ignore-case back references: ASCII, Unicode and locale (bytes) flavours.
print(re.match(r"(?i)(ab)\1", "abAB"), re.match(r"(?i)(ab)\1", "abAC"))
print(re.match(r"(?i)(σ)\1", "σΣ"), re.match(r"(?i)(ǅ)\1", "ǅǆ"))
print(re.match(r"(?ai)(é)\1", "éÉ"), re.match(r"(?i)(é)\1", "éÉ"))
print(re.match(rb"(?i)(ab)\1", b"abAB"), re.match(rb"(?Li)(ab)\1", b"abAB"))

# Octal escapes versus group references.
print(re.findall(r"\0", "a\0b"), re.findall(r"\101", "ABA"), re.findall(r"\1011", "A1"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj").group(10))

# References that cannot work are compile errors.
for bad in [r"\1(a)", r"(a\1)", r"(a)\2", r"\8", r"(?P<n>a)(?P=n", r"(?P=1)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
