# Method calls, attribute access, properties and inheritance.
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


total = 0
for i in range(1500000):
    s = Square(i % 50) if i % 2 else Rect(i % 7, 3)
    total += s.describe()
    if isinstance(s, Square):
        total += s.side
print(total)
