# Deep and pathological backtracking must neither overflow a stack nor
# change results: long alternation repeats, nested quantifiers, lazy scans,
# deep group nesting, and an exponential pattern of modest size.
import re

n = 200_000
text = "ab" * (n // 2)
print(re.match(r"(?:a|b)*", text).end())
print(re.match(r"(a|b)*", text).span(1))
print(re.match(r"(?:a|b)*c", text))
print(re.match(r"(?:(a)|b)*?$", text).span(1))
print(re.search(r"(?:ab)+?$", text).span())
print(re.fullmatch(r"(?:a(?=b)|b(?!b))+", text) is not None)
print(re.match(r"(?:[ab](?:x)?)+", text).end())
print(len(re.findall(r"(?:a|b)+", text)), len(re.split(r"(?<=a)", text)))
print(re.match(r"(?:a|b)*+", text).end(), re.match(r"(?>(?:a|b)*)", text).end())

# A lazy scan with a group that must reach the end.
line = "x" * 100_000 + "END"
print(re.match(r"(.*?)END", line).span(1), re.match(r"(?:x|y)*?(END)", line).span(1))
print(re.search(r"(x+x+)+y", "x" * 18))
print(re.search(r"^(\w+\s?)*$", "word " * 6 + "!"))
print(re.match(r"(a*)*b", "a" * 16), re.match(r"(a|aa)+$", "a" * 30).span())

# Many nested groups and alternatives.
depth = 300
nested = "(" * depth + "a" + ")" * depth
m = re.match(nested, "a")
print(m.span(depth), len(m.groups()), m.lastindex)
alternatives = "|".join("w%d" % i for i in range(2000))
print(re.search("(?:%s)$" % alternatives, "zz w1999").span())

# Back references over long captures.
long = "abc" * 3_000
print(re.fullmatch(r"(.*)\1", long + long).span(1))
print(re.match(r"((?:abc)*?)\1$", long * 2).span(1))

# Repeats with bounds near large counts.
print(re.match(r"(?:ab){1000,}", text).end(), re.match(r"(?:ab){3,65535}?b", text))
print(re.match(r"(a|b){65535}", text).span(1))
