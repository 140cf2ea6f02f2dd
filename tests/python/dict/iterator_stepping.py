# for loops, list(), zip() and unpacking over dict and set iterators: the
# values in order, and CPython's errors when the container changes under
# the iterator (also once the iterator is exhausted or broken).
d = {"a": 1, "b": 2, "\u00e9": 3, "": 4, 5: "five"}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
print([k for k in reversed(d)], list(reversed(d.values())), list(reversed(d.items())))
print(list(zip(d, d.values())), sum(v for v in d.values() if isinstance(v, int)))
a, b, c, e, f = d.values()
print(a, b, c, e, f, [x for x in {}.values()], list(iter({}.items())))
del d["b"]
d["b"] = 22
print(list(d), list(d.values()))

def attempt(label, body):
    try:
        body()
        print(label, "ok")
    except RuntimeError as error:
        print(label, "RuntimeError:", error)

def grow():
    g = {1: 1, 2: 2}
    for k in g:
        g[k + 10] = 0

def shrink():
    g = {1: 1, 2: 2, 3: 3}
    for v in g.values():
        g.pop(3, None)

def swap():
    g = {1: 1, 2: 2, 3: 3}
    for k, v in g.items():
        if k == 1:
            del g[3]
            g[4] = 4

def sticky():
    g = {1: 1, 2: 2}
    it = iter(g)
    try:
        for k in it:
            g[k + 2] = k
    except RuntimeError as error:
        print("first:", error)
    del g[3]
    for k in it:
        print("never", k)

def reversed_grow():
    g = {1: 1, 2: 2}
    for k in reversed(g):
        g[k + 10] = 0

def set_grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 100)

attempt("grow", grow)
attempt("shrink", shrink)
attempt("swap", swap)
attempt("sticky", sticky)
attempt("reversed_grow", reversed_grow)
attempt("set_grow", set_grow)

g = {1: 1}
it = iter(g.values())
print(list(it))
g[2] = 2
print(list(it), next(it, "done"))
s = {"x", "y"}
sit = iter(s)
print(sorted(sit), list(sit), next(sit, "done"))
print([x for x in frozenset({3, 1, 2})] == list(frozenset({3, 1, 2})))

for t in (type(iter({})), type(iter({}.values())), type(iter({}.items())),
          type(reversed({})), type(reversed({}.values())), type(reversed({}.items())),
          type(iter(set()))):
    try:
        class X(t):
            pass
        print(t.__name__, "subclassed")
    except TypeError as error:
        print(t.__name__, error)

# iter() of dicts and views: a subclass's own __iter__ is called; views of
# a subclass still read the dict's entries.
class Reordered(dict):
    def __iter__(self):
        return iter(sorted(dict.__iter__(self), reverse=True))

class Plain(dict):
    pass

r = Reordered(b=1, a=2, c=3)
print([k for k in r], list(r), sorted(r), [v for v in r.values()], list(r.items()))
print([k for k in Plain(b=1, a=2)], list(Plain(x=1).keys()), type(iter(Plain())).__name__)
print(type(iter({})).__name__, type(iter({}.keys())).__name__, type(iter({}.values())).__name__,
      type(iter({}.items())).__name__, type(iter(r.values())).__name__)
print(dict(zip(r, r.values())), {**r}, [*r], max(r), min(r.values()))
