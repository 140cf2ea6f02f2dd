# match, search, fullmatch; pos and endpos; anchors and \b; the dot.
import re

def show(m):
    print(m if m is None else (m.span(), m.group()))

show(re.match(r"abc", "abcdef"))
show(re.match(r"bcd", "abcdef"))
show(re.search(r"bcd", "abcdef"))
show(re.search(r"x", "abcdef"))
show(re.fullmatch(r"abc", "abc"))
show(re.fullmatch(r"abc", "abcd"))
show(re.fullmatch(r"a|ab", "ab"))
show(re.fullmatch(r"a*?", "aaa"))
show(re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd"))

p = re.compile(r"\d+")
show(p.match("ab12cd34", 2))
show(p.match("ab12cd34", 2, 3))
show(p.search("ab12cd34", 4))
show(p.search("ab12cd34", 4, 7))
show(p.search("ab12cd34", -5))
show(p.search("ab12cd34", 100))
show(p.search("ab12cd34", 3, 2))
show(p.fullmatch("ab12cd34", 2, 4))
show(p.match("12", endpos=-1))
m = p.search("ab12cd34", pos=1, endpos=7)
print(m.pos, m.endpos, m.string, m.re is p)

# ^ and \A only match at the real start, even with pos; $ honours endpos.
show(re.compile(r"^b").search("ab", 1))
show(re.compile(r"\Ab").search("ab", 1))
show(re.compile(r"b$").search("abc", 0, 2))
show(re.compile(r"b\Z").search("abc", 0, 2))
show(re.search(r"a$", "a\n"))
show(re.search(r"a\Z", "a\n"))
show(re.search(r"$", "a\nb\n"))
print(re.findall(r"$", "a\nb\n"))
print(re.findall(r"(?m)$", "a\nb\n"))
print(re.findall(r"(?m)^", "a\nb\n"))

# word boundaries
print(re.findall(r"\b\w+\b", "one two, three!"))
print(re.findall(r"\B\w", "ab cd"))
show(re.search(r"\b", ""))
show(re.search(r"\B", ""))
show(re.search(r"\B", "a"))
print(re.findall(r"\b", "ab cd"))

# the dot and DOTALL
print(re.findall(r".", "a\nb"))
print(re.findall(r"(?s).", "a\nb"))
print(re.findall(r"a.c", "abc a\nc a.c"))
show(re.match(r".*", "abc\ndef"))
show(re.match(r"(?s).*", "abc\ndef"))

# literals that need escaping, and empty patterns
show(re.search(r"\.\*\+\?\(\)\[\]\{\}\|\\", "x.*+?()[]{}|\\y"))
show(re.match(r"", "abc"))
show(re.search(r"", "abc", ))
print(re.findall(r"", "abc"))
show(re.match(r"a{3}", "aaaa"))
show(re.match(r"a{2,3}", "aaaa"))
show(re.match(r"a{,2}", "aaaa"))
show(re.match(r"a{2,}", "aaaa"))
show(re.match(r"a{0}", "aaaa"))
show(re.match(r"a{1}b", "ab"))

# character classes
print(re.findall(r"[abc]", "xaybzc"))
print(re.findall(r"[^abc]", "xaybzc"))
print(re.findall(r"[a-f0-3]+", "zz0af3g9"))
print(re.findall(r"[\d\s]+", "ab 12 3c"))
print(re.findall(r"[\w.-]+", "a-b.c d_e"))
print(re.findall(r"[]a]", "]a["))
print(re.findall(r"[^]a]", "]ab["))
print(re.findall(r"[\]\\-]", "a]\\-b"))
print(re.findall(r"\D+|\S+|\W+", "ab 12 !?"))
print(re.findall(r"[\D]", "a1"))
