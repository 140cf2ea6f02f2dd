# The Match object: its methods, attributes, repr, copying, typing and errors.
import copy
import re

m = re.search(r"(?P<word>\w+) (\d+)?", "say hello 42!")
print(m)
print(repr(m), str(m) == repr(m), bool(m))
print(m.group(), m.group(0), m.group(1, 2), m.group("word", 0), m[0], m[1], m["word"])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start(2), m.span("word"))
print(m.regs, m.pos, m.endpos, m.lastindex, m.lastgroup, m.string, m.re)
print(m.expand(r"<\2 \1>"), m.expand("plain"))

# repr shows at most 50 characters of the match, escaped as repr does.
print(re.search(r".+", "x" * 60))
print(re.search(r"\w+", "é\U0001f600x\tab"), re.match(r".*", "a'b\"c\n", re.S))
print(re.match(rb".*", b"\x00\xffab"), re.match(r"", "abc"))
print(re.search(r"(?s).+", "\U0001f600" * 60))

# Copies are the same object; Match is generic but not constructible.
print(copy.copy(m) is m, copy.deepcopy(m) is m, m.__copy__() is m, m.__deepcopy__({}) is m)
print(re.Match, re.Match[str], re.Match[bytes].__args__, type(m) is re.Match)
print(type(m).__name__, type(m).__module__, type(m).__qualname__)
for make in [lambda: re.Match(), lambda: type(m)()]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

# Attributes are read-only.
for name in ["string", "re", "pos", "endpos", "lastindex", "lastgroup", "regs"]:
    try:
        setattr(m, name, 1)
    except AttributeError:
        print("read-only", name)

# Group lookups that fail.
for args in [(3,), ("nope",), (-1,), (1, 5), ("word", "x")]:
    try:
        print(m.group(*args))
    except IndexError as e:
        print("IndexError:", e, args)
for method in [m.start, m.end, m.span]:
    try:
        method(7)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.groups(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(m.groups(default="?"), re.match(r"(a)(b)?", "a").groups(default=0))
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(default="-"))

# A match keeps the subject it was made from, even a subclass of str.
class Text(str):
    pass
m2 = re.match(r"(\w+)", Text("abc def"))
print(type(m2.string).__name__, type(m2.group()).__name__, m2.group(1), type(m2.group(1)).__name__)
print(re.sub(r"b", "X", Text("abc")), type(re.sub(r"b", "X", Text("abc"))).__name__)
print(type(re.sub(r"z", "X", Text("abc"))).__name__, re.findall(r".", Text("ab")))

# Matches are truthy and usable in boolean and walrus contexts.
if (found := re.search(r"\d", "a1")):
    print("found", found.group())
print([bool(re.match(r"a", s)) for s in ["a", "b", ""]])
