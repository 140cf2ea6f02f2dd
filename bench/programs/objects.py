# Method calls, attribute access, properties and inheritance.
from _bench import main


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.area() * 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def side(self):
        return self.w


def kernel(n):
    total = 0
    for i in range(n):
        s = Square(i % 50) if i % 2 else Rect(i % 7, 3)
        total += s.describe()
        if isinstance(s, Square):
            total += s.side
    return total


main(kernel, 800000, 10000, iterations=5)
