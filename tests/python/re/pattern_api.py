# The Pattern object: attributes, repr with flags, equality and hashing,
# copying and pickling, the compile cache, escape and purge.
import copy
import copyreg
import re

p = re.compile(r"(?P<a>x)(y)", re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p), str(p))
print(re.compile("a"), re.compile(b"a"), re.compile("a", re.A), re.compile("a", re.U))
print(re.compile("a", re.S | re.X), re.compile(b"a", re.L | re.I))
print(re.compile("a" * 300))
print(re.compile("\U0001f600'\"\n"), re.compile(r"\d+", 1 << 10 | re.I))

# Equal when compiled from equal patterns with equal flags.
a, b, c = re.compile("x+"), re.compile("x" + "+"), re.compile("x+", re.I)
print(a == b, a != b, a == c, a != c, hash(a) == hash(b), a == "x+", len({a, b, c}))
print(re.compile(b"x") == re.compile("x"), re.compile("x") == re.compile("x", re.U))
print(re.compile("x") is re.compile("x"), re.compile(a) is a)
try:
    re.compile(a, re.I)
except ValueError as e:
    print("ValueError:", e)

# Copies are the same object; pickling recompiles (copyreg's reducer).
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__copy__() is a, a.__deepcopy__(None) is a)
rebuild, args = copyreg.dispatch_table[re.Pattern](p)
q = rebuild(*args)
print(rebuild.__name__, args, q == p, q.match("XY").groups())

# Types: generic, not constructible, not subclassable.
print(re.Pattern, re.Pattern[str], type(p) is re.Pattern, type(p).__name__, type(p).__module__)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError:", e)
try:
    type("P", (re.Pattern,), {})
except TypeError:
    print("not subclassable")
for name in ["pattern", "flags", "groups", "groupindex"]:
    try:
        setattr(p, name, None)
    except AttributeError:
        print("read-only", name)

# Keyword arguments and argument errors of the methods.
print(p.match(string="xy"), p.search("zxy", pos=1), p.fullmatch("xy", endpos=2))
print(p.findall(string="xy xy"), p.split(string="1xy2", maxsplit=1), p.sub(repl="-", string="xy"))
for call in [lambda: p.match(), lambda: p.match("x", 0, 1, 2), lambda: p.match("x", bad=1),
             lambda: p.match("x", "0"), lambda: p.search("x", 1.5), lambda: p.split("x", "1"),
             lambda: p.sub("a"), lambda: p.findall("x", 2 ** 70)]:
    try:
        print(call())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# re.escape, re.purge and the module-level API.
print(re.escape("a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t"), re.escape("éñ_1"))
print(re.escape("\t\n\x00"), re.match(re.escape("1+1=2"), "1+1=2").group())
re.purge()
print(re.compile("x+") == a, re.error is re.error, re.error.__module__, re.error.__name__)
print(sorted(name for name in re.__all__))
print(re.compile("x", re.T), re.compile("x", re.T).flags & re.T)
