# Object-oriented loops: methods inlined through the method cache, several
# classes meeting one call site, guards failing inside inlined methods (so
# bridges start inside virtual frames), attributes added and classes patched
# while the loop is compiled.


class Task:
    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.done = 0
        self.next = None

    def runnable(self):
        return self.work > 0

    def step(self):
        self.work -= 1
        self.done += 1
        return self.next


class Fast(Task):
    def step(self):
        self.work -= 2
        self.done += 2
        if self.work < 0:
            self.work = 0
        return self.next


class Lazy(Task):
    def runnable(self):
        return self.work > 0 and self.done % 3 != 2

    def step(self):
        self.done += 1
        if self.done % 3 == 2:
            return self.next
        self.work -= 1
        return self


def schedule(tasks, rounds):
    for a, b in zip(tasks, tasks[1:] + tasks[:1]):
        a.next = b
    t = tasks[0]
    steps = 0
    while t is not None and steps < rounds:
        if t.runnable():
            t = t.step()
        else:
            t = t.next
            if all(not x.runnable() for x in tasks):
                break
        steps += 1
    return steps, [(x.name, x.work, x.done) for x in tasks]


tasks = [Task("a", 700), Fast("b", 900), Lazy("c", 600), Task("d", 500), Fast("e", 300)]
print(schedule(tasks, 100000))


class Shape:
    def area(self):
        return 0.0


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.25 * self.r * self.r


def total_area(shapes, n):
    total = 0.0
    for i in range(n):
        shape = shapes[i % len(shapes)]
        total += shape.area()
        if i == n // 2:
            Square.area = lambda self: 1.0  # patched while compiled
            shapes[0].extra = True  # another map for one instance
    return round(total, 4)


print(total_area([Square(2), Circle(1.5), Square(0.5), Shape()], 8000))
