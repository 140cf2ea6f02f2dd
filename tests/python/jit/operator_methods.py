# Binary operators whose left operand's class defines the method in Python are
# inlined into traces (recorder.ts inlineOperator): results, NotImplemented,
# reflected methods, in-place forms, errors and tracebacks, as in CPython.
import traceback


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)  # ZeroDivisionError inside the method

    def __radd__(self, o):
        return ("V.radd", o)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class W(V):
    __slots__ = ()

    def __radd__(self, o):
        return "W.radd"


class Num:
    def __init__(self, n):
        self.n = n

    def __radd__(self, o):
        return "Num.radd %d" % self.n


class Picky:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if o.n % 50 == 3:
            return NotImplemented  # declines some values of the recorded class
        return self.n + o.n


class Other:
    def __init__(self, n):
        self.n = n

    def __radd__(self, o):
        return "Other.radd %d" % self.n


def declined_by_value(n):
    out = []
    p = Picky(1)
    for i in range(n):
        out.append(p + Other(i))
    declined = [x for x in out if isinstance(x, str)]
    return out[:5], len(declined), declined[-3:], len(out)


TABLE = {k: "k%d" % k for k in range(49)}


class Lookup:
    def __add__(self, o):
        return TABLE.get(o.n % 50, NotImplemented)  # no branch: NotImplemented for 49


def declined_without_branch(n):
    out = []
    p = Lookup()
    for i in range(n):
        out.append(p + Other(i))
    return out[:6], sum(1 for x in out if x.startswith("Other")), out[-6:]


def declined_same_class(n):
    p = Picky(1)
    total = 0
    try:
        for i in range(n):
            total += p + Picky(i + 10)  # Picky(53) is declined: a TypeError
    except TypeError as e:
        return total, str(e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):  # in place: not the inlined path
        self.items.append(item)
        return self

    def __add__(self, item):
        return "plain add"


class Rebinds:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        k = k * 2  # rebinds a parameter
        return Rebinds(self.v * k)


def arithmetic(n):
    acc = V(0.0, 0.0)
    for i in range(n):
        acc = acc + V(1.0, 2.0) * 0.5 - V(0.25, 0.0)
        acc += V(0.0, 1.0)
    return acc


def declined(n):
    out = []
    acc = V(1, 2)
    for i in range(n):
        r = acc + V(i, i)
        if i % 50 == 7:
            out.append(acc + Num(i))  # __add__ declines, Num.__radd__ answers
        if i % 50 == 9:
            out.append(acc + W(1, 1))  # a subclass's __radd__ goes first
        if i % 75 == 11:
            try:
                acc + 5
            except TypeError as e:
                out.append(str(e))
            try:
                acc - 5
            except AttributeError as e:
                out.append(str(e))
    return r, out[:8], len(out)


def in_place(n):
    a = Acc()
    for i in range(n):
        a += i
    b = Acc()
    return len(a.items), a.items[-3:], b + 1


def rebinding(n):
    total = 0
    for i in range(n):
        total += (Rebinds(i) * 3).v
    return total


def raising(n):
    v = V(1.0, 2.0)
    for i in range(n):
        try:
            w = v / (i - n + 3)
        except ZeroDivisionError:
            lines = traceback.format_exc().splitlines()
            return i, w, [line.strip() for line in lines if line.strip().startswith("File")]


N = 2000
print(arithmetic(N))
print(declined(N))
print(declined_by_value(N))
print(declined_same_class(N))
print(declined_without_branch(N))
print(in_place(N))
print(rebinding(N))
print(raising(N))
