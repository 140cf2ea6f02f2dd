# _random: the Mersenne Twister seeded from ints (small, huge, negative),
# hashes of other objects, random()/getrandbits() sequences, getstate and
# setstate, subclassing, and CPython's errors.
import _random


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", r)


print("--- sequences")
for seed in [0, 1, 42, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 12345, 10 ** 40, -(10 ** 40), True]:
    r = _random.Random(seed)
    print(seed, [r.random() for _ in range(3)], r.getrandbits(32), r.getrandbits(7))
r = _random.Random(12345)
print([r.getrandbits(k) for k in [1, 2, 31, 32, 33, 63, 64, 65, 100, 0]])
print(r.getrandbits(1000))
print(sum(r.random() for _ in range(2000)))

print("--- hashed seeds")
for seed in [1.5, -2.25, 3.0, (1, 2), "ignored?"[0:0], None.__class__, frozenset()]:
    if seed == "" or isinstance(seed, type):
        continue
    r = _random.Random(seed)
    print(repr(seed), r.random(), r.getrandbits(16))
r = _random.Random(3.0)
s = _random.Random(3)
print(r.random() == s.random())

print("--- seed method and reseeding")
r = _random.Random()
r.seed(7)
a = [r.random() for _ in range(5)]
r.seed(7)
print(a == [r.random() for _ in range(5)], a)
r.seed()
r.seed(None)
print(len(r.getstate()))

print("--- getstate / setstate")
r = _random.Random(2024)
state = r.getstate()
print(type(state).__name__, len(state), state[:4], state[-1])
first = [r.random() for _ in range(700)]
r.setstate(state)
print(first == [r.random() for _ in range(700)], r.getstate()[-1])
fresh = _random.Random.__new__(_random.Random)
print(fresh.getstate()[:3], fresh.getstate()[-1], fresh.random())
fresh.setstate(state)
print(fresh.random() == first[0])
big = _random.Random(1)
big.setstate(tuple([2 ** 32 + 5] * 624 + [624]))
print(big.getstate()[:2], big.random())

print("--- subclassing")


class Mine(_random.Random):
    def __init__(self, x, y):
        self.extra = y
        self.seed(x)

    def seed(self, a=None):
        super().seed(a * 2)


m = Mine(21, "hello")
print(m.extra, m.random() == _random.Random(42).random(), isinstance(m, _random.Random))


class Plain(_random.Random):
    pass


p = Plain(5)
p.tag = 1
print(p.random() == _random.Random(5).random(), p.tag)
print(type(p).__mro__)

print("--- errors")
attempt(_random.Random, 1, 2)
attempt(_random.Random, x=1)
attempt(Plain, x=1)
r = _random.Random(5)
attempt(r.getrandbits, -1)
attempt(r.getrandbits, 1.5)
attempt(r.getrandbits, 2 ** 31)
attempt(r.getrandbits)
attempt(r.seed, 1, 2)
attempt(r.seed, [1])
attempt(r.random, 1)
attempt(r.setstate, [1])
attempt(r.setstate, (1,))
attempt(r.setstate, tuple([0] * 624 + [625]))
attempt(r.setstate, tuple([0] * 624 + [-1]))
attempt(r.setstate, tuple(["a"] * 625))
attempt(r.setstate, tuple([-1] * 625))
attempt(r.setstate, tuple([2 ** 64] * 625))
attempt(r.setstate, tuple([0] * 624 + [2 ** 64]))
attempt(r.setstate, tuple([0] * 624 + [1.5]))
attempt(r.setstate, tuple([1.5] * 625))
print(_random.Random.__module__, _random.Random.__name__, _random.Random.__doc__)
print(sorted(m for m in vars(_random.Random) if not m.startswith("__")))

import copy
import pickle
attempt(pickle.dumps, _random.Random())
attempt(copy.copy, _random.Random())
