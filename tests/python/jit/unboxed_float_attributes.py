# Float attributes are stored unboxed inside instances (maps with float-kind
# entries); everything a program can see must stay as in CPython.
import copy
import math
import pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# Identity of the stored object is kept.
f = 1.5 * 3
p = P(f, 2.0)
print(p.x is f, p.x is p.x, p.y is p.y, p.x, p.y)

# Special values survive the raw storage.
q = P(-0.0, float("nan"))
print(math.copysign(1.0, q.x), math.isnan(q.y), P(float("inf"), -1e308).x)

# Storing other kinds into a float attribute.
q.x = 3
print(q.x, type(q.x).__name__)
q.x = "text"
print(q.x)
q.x = 2.25
print(q.x, type(q.x).__name__)
q.y = None
print(q.y)

# Other instances keep working, new instances after a demotion too.
r = P(1.0, 2.0)
r.y = [1]
s = P(4.0, 5.0)
print(r.x, r.y, s.x, s.y)
s.y = 6.5
print(s.y, vars(s))


class F(float):
    pass


t = P(F(2.5), True)
print(type(t.x).__name__, t.x, t.y)

# __dict__, deletion, getattr/setattr, hasattr.
u = P(1.25, 2.5)
u.z = 3.75
del u.y
print(vars(u), u.x, u.z, hasattr(u, "y"))
setattr(u, "x", 9.5)
print(getattr(u, "x"), u.__dict__)
u.__dict__["x"] = 10.5
print(u.x)

v = P(0.5, 0.25)
v.__class__ = type("Q", (P,), {})
print(type(v).__name__, v.x, v.y)

# copy and pickle.
w = P(1.0625, 7.0)
w2 = copy.copy(w)
w3 = pickle.loads(pickle.dumps(w))
print(w2.x, w2.y, w3.x, w3.y, w2.x is w.x)


# Hot loops storing and reading float attributes.
class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def simulate(bodies, steps):
    for _ in range(steps):
        for b in bodies:
            b.v -= 0.01 * b.x
            b.x += 0.01 * b.v
    return sum(b.x for b in bodies)


bodies = [Body(float(i), 0.0) for i in range(5)]
print("%.12f" % simulate(bodies, 3000))
print(bodies[2].x is bodies[2].x, type(bodies[3].v).__name__)


def make(n):
    out = []
    for i in range(n):
        out.append(Body(i * 0.5, -i * 0.25))
    return out


made = make(2000)
print(made[-1].x, made[-1].v, vars(made[7]))


def switch_kind(items, n):
    total = 0.0
    for i in range(n):
        b = items[i % len(items)]
        if i == n // 2:
            b.x = "mid"
            continue
        if isinstance(b.x, float):
            b.x = b.x + 1.0
            total += b.x
    return total


items = [Body(1.0, 0.0) for _ in range(3)]
print(switch_kind(items, 3000), [b.x for b in items])


def grow(n):
    b = Body(0.0, 0.0)
    for i in range(n):
        b.x = b.x + i
        b.v = b.x * 0.5
    return b


g = grow(3000)
print(g.x, g.v, g.x is g.x)


def int_then_float(n):
    b = Body(0, 0)
    for i in range(n):
        b.x = b.x + 1
    b.x = b.x / 2
    return b.x


print(int_then_float(3000))
