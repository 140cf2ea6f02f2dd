# Named groups: (?P<name>...), (?P=name), groupdict, groupindex, lastgroup,
# indexing a match by name, and names in templates.
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
print(p.groups, p.groupindex, type(p.groupindex).__name__)
print(dict(p.groupindex), list(p.groupindex), p.groupindex["month"])
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError:", e)

m = p.search("on 2024-03 and")
print(m.group("year"), m["month"], m.group("day"), m.groupdict(), m.groupdict("?"))
print(m.span("year"), m.start("month"), m.end("month"), m.span("day"))
print(m.group("year", "month", 1), m.lastgroup, m.lastindex)
m = p.search("2024-03-09")
print(m.groupdict(), m.lastgroup, m.lastindex)

# A group without a name has lastgroup None.
m = re.match(r"(?P<a>x)(y)", "xy")
print(m.lastgroup, m.lastindex, m.groupdict())
m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m.lastgroup, m.lastindex, m.groupdict())
print(re.match(r"(x)", "x").groupdict(), re.compile(r"(x)").groupindex)

# Back references by name, inside the pattern and in templates.
print(re.findall(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\" 'x\""))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "a bc"))
print(re.match(r"(?P<x>a)(?P<y>b)", "ab").expand(r"\g<y>\g<x>"))
print(re.fullmatch(r"(?P<c>.)(?P=c)+", "aaaa"), re.fullmatch(r"(?P<c>.)(?P=c)+", "aab"))

# Unicode and underscore names; names are identifiers.
m = re.match(r"(?P<ñame>\w+) (?P<_under>\d+)", "día 42")
print(m.groupdict(), m["ñame"])

# Looking groups up by unknown names or numbers.
for key in ["nope", 5, -1, 1.0, None]:
    try:
        print(p.match("2024-01").group(key))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.match("2024-01")[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    re.match("(a)", "a").group([1])
except IndexError as e:
    print("IndexError:", e)

# Bools and objects with __index__ are group numbers.
class Two:
    def __index__(self):
        return 2
m = re.match(r"(a)(b)", "ab")
print(m.group(True), m.group(False), m.group(Two()), m[Two()], m.span(True))
try:
    m.group(2 ** 70)
except IndexError as e:
    print("IndexError:", e)

# Duplicate and invalid names are compile errors.
for bad in [r"(?P<a>x)(?P<a>y)", r"(?P<1a>x)", r"(?P=missing)", r"(?P<a>x)(?P=b)", r"(?P<>x)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
