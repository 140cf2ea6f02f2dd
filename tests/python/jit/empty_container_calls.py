# list(), set() and dict() without arguments in a trace: new empty containers
# each time, and the names still looked up (rebound globals and builtins).
import builtins


def fresh(n):
    made = []
    for i in range(n):
        a, b, c = list(), set(), dict()
        a.append(i)
        b.add(i % 7)
        c[i] = a
        made.append((a, b, c))
    firsts = made[0], made[-1]
    distinct = len({id(x[0]) for x in made[-50:]}), len({id(x[1]) for x in made[-50:]})
    return [type(x).__name__ for x in made[-1]], firsts[1][0], firsts[1][1], distinct


class Tagged(dict):
    tag = "tagged"


def shadowed(n):
    kinds = []
    for i in range(n):
        if i == n // 2:
            globals()["set"] = lambda: "a global set"
        kinds.append(type(set()).__name__)
    del globals()["set"]
    return kinds[0], kinds[-1], kinds.count("set")


def builtin_patched(n):
    kinds = []
    saved = builtins.dict
    try:
        for i in range(n):
            if i == n // 3:
                builtins.dict = Tagged
            kinds.append(getattr(dict(), "tag", "plain"))
    finally:
        builtins.dict = saved
    return kinds[0], kinds[-1], kinds.count("plain")


def lengths(n):
    t = 0
    for i in range(n):
        s, d, l = set(), dict(), list()
        l.extend(range(i % 3))
        t += len(s) + len(d) + len(l)
    return t


for fn in (fresh, shadowed, builtin_patched, lengths):
    print(fn.__name__, fn(3000))
