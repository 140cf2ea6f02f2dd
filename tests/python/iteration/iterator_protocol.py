# The iterator protocol: __iter__/__next__, __getitem__ fallback, StopIteration, iter() errors.
def show(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)

class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)], tuple(Count(0)))
it = Count(2)
print(next(it), next(it), next(it, "done"), next(it, None))
show(lambda: next(it))
show(lambda: next([1]))
show(lambda: next(5))
show(lambda: iter(5))
show(lambda: iter(None))
show(lambda: list(3.5))
show(lambda: tuple(Count))

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return chr(97 + i)
        raise IndexError
print(list(Seq()), "b" in Seq(), list(enumerate(Seq())), type(iter(Seq())).__name__)
class SeqStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(SeqStop()))
class SeqError:
    def __getitem__(self, i):
        raise KeyError(i)
show(lambda: list(SeqError()))

class BadIter:
    def __iter__(self):
        return 1
show(lambda: iter(BadIter()))
show(lambda: list(BadIter()))
class NoNext:
    def __iter__(self):
        return self
show(lambda: iter(NoNext()))
class IterReturnsList:
    def __iter__(self):
        return [1, 2]
show(lambda: list(IterReturnsList()))

# iterators are exhausted once
gen = iter([1, 2, 3])
print(list(gen), list(gen))
it2 = iter(range(3))
print(iter(it2) is it2, next(it2), list(it2))

# StopIteration value
def g():
    yield 1
    return "result"
i = g()
next(i)
try:
    next(i)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

# iter(callable, sentinel)
vals = iter([1, 2, 0, 3])
print(list(iter(lambda: next(vals), 0)))
show(lambda: iter(1, 2))
# modifying a dict during iteration
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.remove(x)
print(lst)
print(list(reversed(Seq.__getitem__.__class__.__name__)))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())))
show(lambda: reversed(Count(1)))
class RevNone:
    __reversed__ = None
show(lambda: reversed(RevNone()))
