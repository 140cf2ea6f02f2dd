# Calls that leave parameters to their defaults, inlined into traces: plain
# functions, methods, classes whose __init__ has defaults, closures made per
# call (guarded by code): the defaults are the function's own objects (a
# mutable default keeps what earlier calls put in it), and assigning
# __defaults__ while the trace runs takes effect at the next call.


def scaled(x, factor=3, offset=0.5, tag=None):
    return x * factor + offset if tag is None else tag


def remember(x, seen=[]):
    seen.append(x)
    return len(seen)


class Point:
    def __init__(self, x, y=0, z=1.5):
        self.x = x
        self.y = y
        self.z = z

    def moved(self, dx, dy=1):
        return Point(self.x + dx, self.y + dy, self.z)


total = 0.0
count = 0
for i in range(3000):
    total += scaled(i)
    total += scaled(i, 2)
    count = remember(i)
    if i == 2000:
        scaled.__defaults__ = (10, -1.0, None)
    if i == 2500:
        Point.__init__.__defaults__ = (7, 2.5)
print(total, count, len(remember.__defaults__[0]))

points = []
p = Point(0)
for i in range(3000):
    p = p.moved(1)
    points.append(Point(i).y + Point(i, 4).z)
    if i == 2200:
        Point.moved.__defaults__ = (-2,)
print(p.x, p.y, p.z, sum(points))


def maker(k):
    def add(x, step=k, extra=1):
        return x + step + extra

    return add


acc = 0
for i in range(3000):
    f = maker(i % 4)
    acc += f(i) + f(i, 10)
    if i == 2600:
        f.__defaults__ = (100, 100)
        acc += f(0)
print(acc)


# A default replaced by a tuple of another length: a call binds another parameter.
def pick(a, b=1, c=2):
    return a * 100 + b * 10 + c


out = []
for i in range(3000):
    out.append(pick(i % 10) if i <= 1500 or i > 2000 else pick(i % 10, 3))
    if i == 1500:
        pick.__defaults__ = (5,)
    if i == 2000:
        pick.__defaults__ = None
        try:
            pick(1)
        except TypeError as e:
            print("TypeError", e)
        pick.__defaults__ = (7, 8)
print(sum(out), out[1500], out[1501], out[2500])
