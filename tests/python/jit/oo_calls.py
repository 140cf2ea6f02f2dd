# Object-oriented calls in traces: zero-argument super() with the method
# after it inlined, properties whose getters are inlined, isinstance()
# answered from the guarded class; and the cases where they must not be
# (a metaclass with __instancecheck__, a __class__ property, a class
# patched while the trace runs, a getter that raises).
import traceback


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return "%s:%s" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.h = h
        self.w = w

    def area(self):
        return self.h * self.w


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.w

    @property
    def ratio(self):
        return 10 // (self.w - 3)

    def describe(self):
        return "[" + super().describe() + "]"


def kernel(n):
    total = 0
    seen = []
    for i in range(n):
        s = Square(i % 5) if i % 2 else Rect(i % 7, 3)
        total += s.area()
        if isinstance(s, Square):
            total += s.side
        if isinstance(s, Shape) and not isinstance(s, int):
            total += 1
        if isinstance(i, int):
            total += 2
        if i % 97 == 0:
            seen.append(s.describe())
    return total, seen


print(kernel(2000))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 7


class Seven(metaclass=Meta):
    pass


class Liar:
    @property
    def __class__(self):
        return Seven


def checks(n):
    hits = 0
    liar = Liar()
    for i in range(n):
        hits += isinstance(i % 10, Seven)
        hits += isinstance(liar, Seven) * 100
    return hits


print(checks(3000))


def patched(n):
    # Rect.area is replaced half-way: the type version guards leave the trace.
    total = 0
    for i in range(n):
        if i == n // 2:
            Rect.area = lambda self: -1
        total += Square(3).area() + len(Square(2).describe())
    return total


print(patched(2000))


def raising(n):
    total = 0
    for i in range(n):
        total += Square(i % 7).ratio
    return total


try:
    raising(3000)
except ZeroDivisionError:
    traceback.print_exc()


class Lookup:
    maybe = 1

    def __init__(self, fail):
        self.fail = fail

    @property
    def value(self):
        if self.fail:
            raise AttributeError("no value")
        return 5


class Fallback(Lookup):
    def __getattr__(self, name):
        return "fallback for " + name


def getters(n):
    # An AttributeError from an inlined getter gets the attribute's name and
    # owner (as getattr gives them); with __getattr__ it falls back to it.
    total = 0
    for i in range(n):
        try:
            total += Lookup(i == n - 1).value
        except AttributeError as e:
            return total, str(e), e.name, type(e.obj).__name__, Fallback(True).value


print(getters(3000))


class Reassigned(Rect):
    def area(self):
        self = Rect(1, 1)
        return super().area() + 100


print(sum(Reassigned(2, 3).area() for _ in range(2000)))
