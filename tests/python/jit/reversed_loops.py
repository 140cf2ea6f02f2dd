# reversed() of lists and exact tuples in traces: items read in place from
# the end; a list that shrinks under the iterator ends it early, one that
# grows does not change where it started; enumerate over it, tuple
# subclasses (their own __getitem__), pickling and length hints part-way.
import operator
import pickle


def total(seq):
    t = 0
    for x in reversed(seq):
        t = t * 3 + x
    return t


def shrinking(n):
    items = list(range(n))
    seen = []
    for x in reversed(items):
        seen.append(x)
        if x % 3 == 0 and items:
            del items[:2]
    return seen


def growing(n):
    items = list(range(n))
    seen = []
    for x in reversed(items):
        seen.append(x)
        if len(items) < 2 * n:
            items.append(-x)
    return seen


def pairs(seq):
    return [(i, x) for i, x in enumerate(reversed(seq))][:4]


class Doubled(tuple):
    def __getitem__(self, i):
        return 2 * tuple.__getitem__(self, i)


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


pipeline = compose(lambda x: x + 1, lambda x: x * 2, lambda x: x - 3)
print(sum(pipeline(i) for i in range(3000)))
for _ in range(3):
    print(total(list(range(40))) % 1000003, total(tuple(range(30))) % 1000003,
          total(Doubled(range(20))) % 1000003)
    print(shrinking(30)[-5:], len(growing(25)), pairs((5, 6, 7, 8, 9)))
it = reversed((1, 2, 3, 4))
next(it)
print(operator.length_hint(it), list(pickle.loads(pickle.dumps(it))), list(it), list(it))
it = reversed([1, 2, 3])
print(next(it), it.__length_hint__(), it.__reduce__()[0].__name__, list(it))
