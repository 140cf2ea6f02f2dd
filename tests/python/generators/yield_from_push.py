# Natives consuming a generator whole (list, sum, max, join, sorted, any...)
# through chains of `yield from`: values pass straight through to the
# consumer; declined ones, return values, exceptions and the generators'
# state afterwards are as in CPython.
import json


def inner(n):
    for i in range(n):
        yield i
    return "inner done"


def middle(n):
    r = yield from inner(n)
    yield r
    yield from (x * 2 for x in range(3))
    yield from [7, 8]


def outer(n):
    for k in range(3):
        yield from middle(n)


print(sum(x for x in outer(5) if isinstance(x, int)), list(outer(2)))
print("".join(str(x) for x in outer(3)))


def mixed():
    yield from [3, 1.5, 2]
    yield from (v for v in [10, -1])
    yield from inner(2)


print(max(mixed()), min(mixed()), sorted(mixed()), tuple(mixed()), any(mixed()), all(mixed()))
print(sum(mixed()), set(mixed()) == {3, 1.5, 2, 10, -1, 0, 1})


def failing(n):
    yield from inner(n)
    raise ValueError("from the chain")


def chained():
    yield from failing(3)


try:
    list(chained())
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next is not None)


def watching(state):
    me = yield from inner(1)
    state.append(me)
    yield len(state)


state = []
gen = watching(state)
print(list(gen), state, gen.gi_frame, gen.gi_running)

g = outer(4)
print(next(g), next(g), list(g)[:5])


def deep(level):
    if level == 0:
        yield from range(3)
        return
    yield level
    yield from deep(level - 1)


print(list(deep(30))[:5], sum(deep(50)))

doc = {"a": [1, 2, {"b": [3, 4, None, True, 1.5, "s" * 3]}] * 3, "c": {"d": {"e": list(range(5))}}}
print(json.dumps(doc, indent=2, sort_keys=True)[:200])

# A native that stops early (any, max of a short-circuit...), then pulling by hand.
g = outer(4)
print(any(g), next(g), list(g)[:6])
g = middle(3)
print(all(x < 1 for x in [0]), all(g), list(g))
