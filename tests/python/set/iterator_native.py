# The set iterator as the consumers that step native iterators directly see
# it (for loops, list, tuple, sorted, sum, min, unpacking, zip, enumerate,
# str.join, dict.fromkeys) and as Python code sees it (next, __next__,
# __length_hint__, pickling, exhaustion, size changes).
import operator
import pickle

s = {5, 3, 1, 100, 64, 33, -1, -2}
f = frozenset(s)
print(list(s), tuple(f), sorted(s), sum(s), min(f), max(s), [x for x in s])
a, b, *rest = f
print(a, b, rest, list(zip(s, "abcdefgh")), list(enumerate(f))[:3])
print(",".join(str(x) for x in s), ",".join({"x"}), list(dict.fromkeys(s)), set(iter(s)) == s)
print(list(map(operator.neg, s)), list(filter(None, {0, 1, 2})), any(x > 50 for x in s))

it = iter(s)
print(type(it).__name__, it.__length_hint__(), operator.length_hint(it), next(it), it.__next__())
print(it.__length_hint__(), list(it), it.__length_hint__(), next(it, "done"), list(it))
s.add(1000)
print(next(it, "still done"), list(iter(s)))

# Pickling and copying a partly consumed iterator: the rest, as a list iterator.
it = iter({1, 2, 3, 4})
next(it)
state = it.__reduce__()
print(state[0].__name__, list(state[1][0]), list(pickle.loads(pickle.dumps(it))), list(it))

# Size changes under the iterator, seen by each consumer.
for consume in (list, tuple, sorted, sum, lambda i: [x for x in i], lambda i: set(i)):
    t = set(range(10))

    def grow(values):
        for x in values:
            if x == 3:
                t.add(99)
            yield x

    try:
        consume(grow(t))
        print("no error")
    except RuntimeError as error:
        print(type(error).__name__, error)
t = set(range(10))
it = iter(t)
next(it)
t.discard(5)
t.add(5)
print(len(list(it)))  # the size is back: CPython does not notice
it = iter(t)
next(it)
t.discard(5)
for attempt in range(2):  # the error is sticky
    try:
        next(it, "no default taken")
    except RuntimeError as error:
        print(attempt, error, operator.length_hint(it))


# Subclasses: their own __iter__ wins in every consumer.
class Reversed(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self), reverse=True))


r = Reversed({3, 1, 2})
print(list(r), tuple(r), [x for x in r], sorted(r), repr(r), set(r) == {1, 2, 3})


class Frozen(frozenset):
    pass


print(list(Frozen({3, 1, 2})), type(iter(Frozen({1}))).__name__)
try:
    type(iter(s))()
except TypeError as error:
    print(error)

# A big set with deletions, iterated many times (the traced loop).
big = set(range(0, 5000, 3))
for k in range(0, 5000, 7):
    big.discard(k)
total = 0
for _ in range(20):
    for x in big:
        total += x
print(total, len(big), list(big)[:10], list(big)[-5:])

# repr and __reduce__ list the keys as list(s) does: through a subclass's __iter__.
print(repr(Reversed({5, 4, 6})), Reversed({5, 4, 6}).__reduce__()[1], pickle.loads(pickle.dumps(Reversed({2, 1}))))


class Broken(set):
    def __iter__(self):
        raise ValueError("no iteration")


try:
    repr(Broken({1}))
except ValueError as error:
    print("ValueError", error)
print(repr(Reversed()), repr(Frozen()), Frozen({9}).__reduce__()[1])
