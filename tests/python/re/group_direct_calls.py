# match.group and other (self, *args) methods called the direct way (no
# argument binding): in a loop, unbound, with keywords and bad receivers.
import re
m = re.match(r"(a)(b)?(?P<n>c)", "abc")
print(m.group(), m.group(0), m.group(1, 2), m.group("n"), m.group(1, "n", 0))
for bad in ((4,), ("x",), (1.5,), (None,)):
    try:
        print(m.group(*bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.group(group=1)
except TypeError as e:
    print("TypeError", e)
print(re.Match.group(m, 1), re.Match.group(m))
try:
    re.Match.group("abc", 1)
except TypeError as e:
    print("TypeError", e)
args = [1, 3]
print(m.group(*args), args)
class Sub(str):
    pass
import struct
print(struct.Struct("<h").pack(5))
total = []
for i in range(300):
    mm = re.match(r"(\d+)-(\d+)", "%d-%d" % (i, i * 2))
    total.append((mm.group(2), mm.group(1, 2), mm.group()))
print(total[:3], total[-1], len(total))
getter = m.group
print([getter(i) for i in range(3)])
