# Builtin methods called from traces straight through their implementations:
# str, bytes, list, dict and set methods with and without their optional
# parameters, an unbound call (str.upper(x)), receivers of subclasses and of
# another type later in the loop, and errors raised by the method (a wrong
# argument type late in the loop, a missing item).


class Str(str):
    pass


def words_loop(words):
    counts = [0, 0, 0, 0]
    out = []
    for i, w in enumerate(words):
        if w.startswith("a"):
            counts[0] += 1
        if w.endswith(("e", "t"), 1):
            counts[1] += 1
        counts[2] += w.count("a") + w.find("p", 1) + len(w.split()) + len(w.split("a", 1))
        out.append(w.replace("a", "A", 1).upper() + str.lower(w))
        counts[3] += w.isascii() + w.isalpha()
    return counts, out[-3:], len(out)


words = ["apple", "Banana", "avocado", "cherry", "apricot", "date"] * 600
print(words_loop(words))
print(words_loop([Str(w) for w in words[:300]] + words[:300]))


def mixed_receivers(items):
    total = 0
    for x in items:
        total += x.count(1)          # list.count, then tuple.count, then str.count raises
    return total


try:
    print(mixed_receivers([[1, 2, 1]] * 1500 + [(1, 1, 1)] * 1500 + ["abc"]))
except TypeError as e:
    print("TypeError:", e)


def bad_argument(words):
    n = 0
    for i, w in enumerate(words):
        n += w.startswith("a" if i < 2500 else 5)
    return n


try:
    bad_argument(words)
except TypeError as e:
    print("TypeError:", e)


def containers(n):
    d = {}
    s = set()
    lst = []
    total = 0
    for i in range(n):
        d.setdefault(i % 7, []).append(i)
        total += d.get(i % 11, [0])[0] + len(d.get(i % 5)) + d.get(99, 3)
        s.add(i % 13)
        lst.append(i % 17)
        if i % 50 == 0:
            total += lst.count(3) + lst.index(16) if 16 in lst else 0
        total += len(b"a,b,c".split(b",")) + "x-y".partition("-")[2].__len__()
    try:
        lst.index(-1)
    except ValueError as e:
        print("ValueError:", e)
    return total, sorted(s)[:3], len(d)


print(containers(4000))


def unbound(values):
    out = 0
    for v in values:
        out += len(str.upper(v))
    return out


try:
    print(unbound(["ab"] * 2000 + [3]))
except TypeError as e:
    print("TypeError:", e)


UPPER = str.upper          # a method descriptor held in a global: the receiver is guarded by the call
COUNT = list.count


def through_globals(values):
    out = 0
    for v in values:
        out += len(UPPER(v)) + COUNT([v, v], v)
    return out


try:
    print(through_globals(["ab"] * 2000 + [b"x"]))
except TypeError as e:
    print("TypeError:", e)
