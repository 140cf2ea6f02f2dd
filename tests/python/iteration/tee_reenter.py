# A tee iterator whose source advances the tee again: RuntimeError
# "cannot re-enter the tee iterator"; afterwards the tee still works.
from itertools import tee


class I:
    first = True

    def __iter__(self):
        return self

    def __next__(self):
        first = self.first
        self.first = False
        if first:
            return next(b)
        raise StopIteration


a, b = tee(I())
try:
    next(a)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(a), list(b))
c, d = tee(iter(range(3)))
print(next(c), list(d), list(c))
