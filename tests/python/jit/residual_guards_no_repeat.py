# Guards after residual calls with side effects leave with the call done:
# the interpreter must not call __next__, __bool__ or __len__ a second time.
class Once:
    """An iterator that, once exhausted, would hand out one more item."""

    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.n > 0:
            self.n -= 1
            return self.n
        if self.n == 0:
            self.n = -1
            raise StopIteration
        return "again"


def drain(it):
    seen = 0
    for x in it:
        seen += 1
    return seen, it.calls


print([drain(Once(k)) for k in (0, 1, 5, 3000)])


class Flag:
    def __init__(self, values):
        self.values = values
        self.asked = 0

    def __bool__(self):
        self.asked += 1
        return self.values[self.asked % len(self.values)]


def branches(n):
    f = Flag([True, True, False])
    hits = 0
    for i in range(n):
        if f:
            hits += 1
        x = f and i
        y = f or i
        hits += (x is not False) + (y is f)
    return hits, f.asked


print(branches(3000))


class Sized:
    def __init__(self):
        self.asked = 0

    def __len__(self):
        self.asked += 1
        return self.asked % 3


def lengths(n):
    s = Sized()
    count = 0
    for i in range(n):
        if not s:
            count += 1
    return count, s.asked


print(lengths(3000))
