# Exact dicts with int and str keys in traces: d[k], d[k] = v and
# d.get(k, default) without a helper call. A missing key raises KeyError
# part-way through a loop; keys of other types (a tuple, a float equal to
# an int, a bool), subclasses (defaultdict, Counter, __missing__) and a
# store into the module's globals (which the loop also reads) behave as in
# the interpreter.
import collections


def word_counts(n):
    counts = {}
    for i in range(n):
        key = "k" + str(i % 37)
        counts[key] = counts.get(key, 0) + 1
    return len(counts), counts["k7"], counts.get("zz"), counts.get("zz", -1)


def int_keys(n):
    squares = {}
    for i in range(n):
        squares[i % 50] = i * i
    total = 0
    for i in range(n):
        total += squares[i % 50]
    return total


def missing(n):
    d = {i: i for i in range(n // 2)}
    total = 0
    try:
        for i in range(n):
            total += d[i]
    except KeyError as e:
        return "KeyError", e.args, total


def mixed_keys(n):
    d = {}
    keys = ["a", 1, "b", 2] * (n // 4) + [(1, 2), 1.0, True, "a"]
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return sorted((repr(k), v) for k, v in d.items())


class Missing(dict):
    def __missing__(self, key):
        return -1


def subclasses(n):
    dd = collections.defaultdict(int)
    c = collections.Counter()
    m = Missing()
    t = 0
    for i in range(n):
        dd[i % 3] += 1
        c["x" if i % 2 else "y"] += 1
        t += m[i]
    return dict(dd), dict(c), t


G = 0


def global_writes(n):
    g = globals()
    t = 0
    for i in range(n):
        t += G
        g["G"] = i
    return t


for _ in range(3):
    print(word_counts(3000), int_keys(3000), missing(3000))
    print(mixed_keys(400)[:6], subclasses(3000), global_writes(3000))


# str(i) of a small int in a trace, and `str` rebound to a subclass.
class S(str):
    pass


def names(values):
    out = []
    for v in values:
        out.append(str(v))
    return out


print(names([1, -2, 0, 2 ** 60, True, 3.5, None, 7] * 200)[:8])
str = S
print(names([1, 2] * 200)[:2], type(names([3])[0]).__name__)
str = S.__mro__[1]


# d.setdefault(key, default) in traces: str and int keys, keys equal to
# existing ones of another type, a dict subclass, globals() (a module's dict).
class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return other == self.k


class CountingDict(dict):
    def setdefault(self, key, default=None):
        return dict.setdefault(self, key, [default])


def grouping(n):
    groups = {}
    tags = {}
    for i in range(n):
        groups.setdefault(i % 97, []).append(i)
        tags.setdefault("t" + str(i % 13), i)
    floats = {1.0: "float", 2: "int"}
    for i in range(n):
        floats.setdefault(i % 4, "new")
    general = {Key("a"): 1}
    for i in range(n):
        general.setdefault("a" if i % 2 else "b", i)
    sub = CountingDict()
    for i in range(n):
        sub.setdefault(i % 3, i)
    g = globals()
    for i in range(n):
        g.setdefault("SETDEFAULT_%d" % (i % 3), i)
    return (len(groups), sum(len(v) for v in groups.values()), sorted(tags.items())[:3],
            sorted(floats.items(), key=repr), sorted(general.values()), sorted(sub.items()),
            SETDEFAULT_0, SETDEFAULT_2)


print(grouping(3000))
