# sub and subn: literal, template and callable replacements, count, empty
# matches, template escapes and their errors, and Match.expand.
import re

print(re.sub(r"\s+", " ", "a  b \t\n c"))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"o", "0", "foo boo", count=2))
print(re.sub(r"o", "0", "foo", 0), re.sub(r"o", "0", "foo", -1), re.sub("x", "y", ""))
print(re.sub(r"(\w+)=(\d+)", r"\2=\1", "a=1, b=22"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\d+)", r"\g<v>:\g<k>:\g<0>", "a=1"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"))
print(re.sub(r"x", r"\n\t\\\a\101\0", "x") == "\n\t\\\a\101\0")
print(re.sub(r"x", r"\\", "axb"))
print(re.sub(r"(.)", r"\1\1", "abc"), re.sub("(b)", r"\g<1>0", "abc"))
print(re.sub(r"a", r"\\1", "aa"), re.sub(r"a", "\\\\", "a"))

# Callable replacements get the match; returning None is not allowed.
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(2) + m.group(1) + "ay", "pig latin"))
print(re.subn(r"[aeiou]", lambda m: m.group().upper(), "education"))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, m):
        self.n += 1
        return "<%d:%s>" % (self.n, m.group())
print(re.sub(r"\w+", Counter(), "x y z"))
for bad in [lambda m: None, lambda m: 1, lambda m: b"x"]:
    try:
        print(re.sub(r"a", bad, "aba"))
    except TypeError as e:
        print("TypeError:", e)

# Empty matches: adjacent to a previous match they are skipped.
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"x*", "-", ""), re.subn(r"x*", "-", "xx"))
print(re.sub(r"(?=b)", "^", "abcb"), re.sub(r"\b", "|", "hi there"))
print(re.sub(r"a|", "-", "bab"), re.sub(r"a*?", "-", "baa"))
print(re.sub(r"(?m)^", "> ", "one\ntwo\n"), re.sub(r"$", "!", "a\n"))
print(re.sub("", "-", "abc"), re.subn("", "", "abc"))

# Pattern objects, flags, and positional/keyword arguments.
p = re.compile(r"(?i)hello")
print(p.sub("bye", "Hello HELLO"), p.subn(repl="bye", string="hello", count=1))
print(re.sub("a", "b", "AaA", flags=re.I), re.sub("a", "b", "AaA", 1, re.I))

# Match.expand and template errors.
m = re.match(r"(?P<a>x)(y)?", "x")
print(repr(m.expand(r"\1-\g<a>-\2-\g<0>")), m.expand(r"\\1"))
for template in [r"\3", r"\g<b>", r"\g<1", r"\g<-1>", r"\g<>", r"\g<1a>", "\\", r"\q",
                 r"\8", r"\g<99>"]:
    try:
        print(repr(re.sub(r"(x)(y)?", template, "x")))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    m.expand(r"\9")
except re.error as e:
    print("re.error:", e)
print(re.sub(rb"(a)", rb"\1\1", b"ab"), re.match(rb"(a)", b"a").expand(rb"[\1]"))
print(re.sub(r"(a)", r"\g<1>", "a"), re.sub(r"(?P<ä>a)", r"\g<ä>!", "a"))
