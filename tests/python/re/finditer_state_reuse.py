# finditer/scanner over many subjects with one pattern: an exhausted scanner
# gives its matching state back to the pattern, which must not disturb
# scanners still running, earlier matches, or the exhausted one.
import re

P = re.compile(r"(\d+)-(\w)")
lines = ["a 1-x 22-y", "none here", "333-z", "4-a 5-b 6-c"]
out = []
for line in lines:
    for m in P.finditer(line):
        out.append((m.group(1), m.group(2), m.span()))
print(out)

# Interleaved: the outer iterator keeps running while inner ones finish.
outer = P.finditer("1-a 2-b 3-c")
seen = []
for m in outer:
    inner = [x.group() for x in P.finditer("9-q 8-r")]
    seen.append((m.group(), inner, m.span(2)))
print(seen)

# An exhausted scanner keeps answering None; a new one starts afresh.
s = P.scanner("7-k")
print(s.search().group(), s.search(), s.search(), s.match())
t = P.scanner("5-m 6-n")
u = P.scanner("0-o")
print(u.search().group(), u.search(), t.search().group(), t.search().group(), t.search())
print(P.search("x 12-w").groups(), P.findall("1-a 2-b"), P.sub(r"\2", "1-a 2-b"))

# Matches made before the state was passed on keep their groups.
kept = [m for line in lines for m in P.finditer(line)]
print([(m.group(0), m.lastindex, m.regs) for m in kept])
it = P.finditer("1-a")
first = next(it)
print(list(it), first.group(2), list(P.finditer("2-b 3-c"))[1].group(), first.span())
