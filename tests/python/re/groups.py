# Numbered groups: nesting, optional groups, repeated groups keep their last
# iteration, lastindex, regs, groups(default), and group numbers above 9.
import re

m = re.match(r"(a)(b(c))?(d)?", "abc")
print(m.groups(), m.groups("-"), m.lastindex, m.regs)
print(m.group(), m.group(0), m.group(1), m.group(2, 3, 4), m.group(3, 1))
print(m.start(4), m.end(4), m.span(4), m.span(3))

m = re.match(r"(?:(\w)-)*(\w)", "a-b-c")
print(m.groups(), m.span(1), m.lastindex)

# A group inside a repeat keeps its last successful iteration.
print(re.match(r"(a|b)*", "abba").groups())
print(re.match(r"(a|b)*?c", "abbac").groups())
print(re.match(r"(?:(a)|b)*", "ab").groups())
print(re.match(r"(?:(a)|(b))*", "ab").groups())
print(re.match(r"(?:(a)|(b))+", "ba").groups())
print(re.match(r"((a)|b)+", "ab").groups())
print(re.match(r"(a*)*", "aaa").groups())
print(re.match(r"(a*)+", "aaa").groups())
print(re.match(r"(a*?)+?b", "aab").groups())
print(re.match(r"(a|)*b", "aab").groups())
print(re.match(r"(?:(a)|b|(c))*", "acb").groups())
print(re.match(r"((x)|(y))*", "xy").span(2), re.match(r"((x)|(y))*", "xy").span(3))

# lastindex is the last group that closed.
for pattern in [r"(a)b", r"((a)b)", r"((a)(b))", r"(a)(b)?", r"(a)|(b)", r"(?:a(b)?)+"]:
    for text in ["ab", "a", "b", "abab"]:
        m = re.match(pattern, text)
        print(pattern, text, m and (m.lastindex, m.groups()))

# Many groups, and references to them.
pattern = "".join("(%s)" % chr(ord("a") + i) for i in range(12))
m = re.match(pattern, "abcdefghijkl")
print(m.lastindex, m.group(10), m.group(11), m.group(12), m.groups()[-3:])
print(re.match(pattern + r"\11", "abcdefghijklk"))
print(re.compile(pattern).groups)

# Empty groups and zero-width groups.
m = re.match(r"()(a)()", "a")
print(m.groups(), m.regs)
m = re.search(r"(?=(\w+))", "  hello")
print(m.span(), m.group(1))

# Group numbering of non-capturing and flag groups.
m = re.match(r"(?:x)(y)(?i:(Z))(?#comment)(w)", "xyzw")
print(m.groups(), re.compile(r"(?:x)(y)(?i:(Z))(w)").groups)

# Alternatives that share prefixes and backtrack into groups.
print(re.match(r"(ab|a)(bc|c)", "abc").groups())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.findall(r"(\d+)-(\d+)?", "1-2 3- 4-5"))
print([m.groups() for m in re.finditer(r"(a)|(b)|(c)", "cab")])
