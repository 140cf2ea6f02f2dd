# split, findall, finditer and the scanner, especially around empty matches,
# groups, maxsplit and pos/endpos.
import re

print(re.split(r",", "a,b,,c,"), re.split(r",", ""), re.split(r"x", "abc"))
print(re.split(r"(,)", "a,b"), re.split(r"(,)|(;)", "a,b;c"), re.split(r"(?:,)", "a,b"))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r",", "a,b,c", 1), re.split(r",", "a,b", -1))
print(re.split(r"\s*", "a b  c"), re.split(r"x*", "axbc"), re.split(r"", "abc"))
print(re.split(r"\b", "a b"), re.split(r"(?=b)", "abab"), re.split(r"(\b)", "hi you"))
print(re.split(r"^", "a\nb", flags=re.M), re.split(r"$", "a\nb", flags=re.M))
print(re.split(r"(a)?b", "xbyabz"), re.split(r"(a*)", "baac"))
print(re.compile(r"-").split("a-b-c", maxsplit=1), re.compile(r"(-)").split(string="a-b"))

print(re.findall(r"\w+", "hello big world"), re.findall(r"(\w)(\w)", "abcde"))
print(re.findall(r"(a)|(b)", "ab"), re.findall(r"(a)(x)?", "aa"), re.findall(r"((a)b)", "abab"))
print(re.findall(r"a*", "baaac"), re.findall(r"a*?", "aa"), re.findall(r"\b", "ab cd"))
print(re.findall(r"(?:a|)", "ab"), re.findall(r"x?", "xxy"), re.findall(r"()", "ab"))
p = re.compile(r"\d")
print(p.findall("a1b2c3d4", 3), p.findall("a1b2c3d4", 1, 5), p.findall("a1b2", endpos=2))
print(p.findall("a1b2", pos=10), p.findall("a1b2", 3, 1), p.findall("12", -100, 100))

for m in re.finditer(r"(\w)(\d)?", "a1 b c3"):
    print(m.span(), m.groups(), m.lastindex)
it = re.finditer(r"x*", "axb")
print(type(it).__name__, [m.span() for m in it], list(it))
print([m.group() for m in re.compile(r"\w+").finditer("ab cd ef", 1, 6)])
print([m.span() for m in re.finditer(r"(?=(aa))", "aaaa")])
print([m.span() for m in re.finditer(r"\b|x", "x x")])

# The scanner: match() continues where the last match ended; None ends it.
scanner = re.compile(r"\s*(\d+|[a-z]+|[=+])").scanner("x = 12 + y9")
print(type(scanner).__name__, scanner.pattern.pattern)
tokens = []
while (m := scanner.match()) is not None:
    tokens.append(m.group(1))
print(tokens, scanner.match(), scanner.match())
s = re.compile(r"a*").scanner("baab")
print([s.search().span() for _ in range(4)], s.search())
s = re.compile(r"b").scanner("abcb", 1, 3)
print(s.match(), s.match(), s.search())
print(re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"\w+", lambda s, t: t)])
      .scan("10 apples and 3 pears!"))
