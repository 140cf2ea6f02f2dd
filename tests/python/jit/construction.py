# Instances created inside traced loops: `cls(args)` becomes a native
# allocation plus the inlined `__init__`; guards failing inside `__init__`,
# exceptions raised there, and `__init__` returning a value must all behave
# as in the interpreter.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)


def chain(n):
    v = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(n):
        v = v.add(step)
        if i == n // 2:
            step = Vec(0.5, 0.25)  # floats from now on: guards inside __init__ fail
    return v.x, v.y


print(chain(3000))


class Checked:
    def __init__(self, value):
        if value % 1000 == 999:
            raise ValueError(f"bad {value}")
        self.value = value


def build(n):
    made = []
    errors = 0
    for i in range(n):
        try:
            made.append(Checked(i))
        except ValueError as e:
            errors += 1
            last = str(e)
    return len(made), errors, last


print(build(3000))


class Odd:
    calls = 0

    def __init__(self, k):
        Odd.calls += 1
        if k == 2500:
            return k  # TypeError from type_call


def odd(n):
    for i in range(n):
        Odd(i)


try:
    odd(3000)
except TypeError as e:
    print("TypeError", e, Odd.calls)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Sub(Vec):
    pass


def mixed(n):
    total = 0
    for i in range(n):
        s = Slotted(i, -i)
        t = Sub(i, 1)
        total += s.a + s.b + t.x + t.y
    return total


print(mixed(3000))
