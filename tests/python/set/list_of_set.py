# list(), list.extend() and sorted() of sets and frozensets: the keys in the
# order iteration gives them (table order), a subclass's own __iter__, the
# errors of sorting keys that do not compare.
import random

def check(s):
    looped = [k for k in s]
    assert list(s) == looped, (list(s), looped)
    out = ["start"]
    out.extend(s)
    assert out[1:] == looped
    return looped

words = {"pear", "apple", "", "fig", "\u00e9t\u00e9", "\U0001f600", "Zeta", "zeta", "a" * 40}
print(check(words) == list(iter(words)), sorted(words))
print(sorted(frozenset(words)), len(check(frozenset(words))))
ints = set(range(-5, 40, 3))
print(check(ints), sorted(ints))
mixed = {1, 2.5, "x", None, (1, 2)}
print(len(check(mixed)))
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError", "not supported between instances of" in str(e))
print(list(set()), sorted(frozenset()), tuple({7}))

# Deleted keys (dummies) and a set grown past several resizes.
big = {"k%05d" % i for i in range(5000)}
for i in range(0, 5000, 3):
    big.discard("k%05d" % i)
order = check(big)
print(len(order), order == [k for k in big], sorted(big)[:3], sorted(big)[-2:])

class Reversed(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self), reverse=True))

class Plain(frozenset):
    pass

r = Reversed(["b", "a", "c"])
print(list(r), sorted(r), sorted(r, reverse=True))
out = []
out.extend(r)
print(out)
p = Plain({"q", "p"})
print(sorted(p), list(p) == [k for k in p])

# The str sort itself: shared prefixes, prefixes of other keys, duplicates,
# input already in order either way, and strs with non-ASCII units.
rng = random.Random(7)
alphabet = "ab\u00e9\u4e2d\U0001f600"
keys = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 9))) for _ in range(3000)]
keys += ["prefix" * rng.randrange(1, 6) for _ in range(200)]
s = sorted(keys)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:3], s[-3:], len(s))
print(sorted(s) == s, sorted(s[::-1]) == s, sorted(set(keys)) == sorted(list(set(keys))))
ascii_keys = ["%05d" % (i * 7919 % 10007) for i in range(20000)] + ["1", "10", "100", ""]
t = sorted(set(ascii_keys))
print(t[:6], t[-2:], len(t))
