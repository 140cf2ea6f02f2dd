# Calls of functions the trace does not hold as constants: lambdas made per
# call of a maker (compose's), the same code under other globals, a function
# whose __code__ is replaced while a loop calls it, and methods. Results late
# in each loop come from compiled code.
import types


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def pipeline_total(n, k):
    pipeline = compose(lambda x: x + k, lambda x: x * 2, lambda x: x - 3)
    total = 0
    for i in range(n):
        total += pipeline(i)
    return total


print([pipeline_total(3000, k) for k in range(4)])

scale = 10


def scaled(x):
    return x * scale


other = types.FunctionType(scaled.__code__, {"scale": -1}, "scaled")


def mixed(n):
    total = 0
    fs = [scaled, other]
    for i in range(n):
        f = fs[(i // 500) % 2]        # same code, other globals
        total += f(i)
    return total


print(mixed(4000))


def double(x):
    return x * 2


def triple(x):
    return x * 3


def swapped(n):
    g = types.FunctionType(double.__code__, globals(), "g")
    total = 0
    for i in range(n):
        if i == n // 2:
            g.__code__ = triple.__code__   # the same function object, new code
        total += g(i)
    return total


print(swapped(6000))


def makers(n):
    total = 0
    for i in range(n):
        add = (lambda k: lambda x: x + k)(i % 7)
        inc = lambda x: x + 1
        total += add(i) + inc(i)
    return total


print(makers(5000))


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w


def methods(n):
    total = 0
    for i in range(n):
        shape = Shape(i % 9)
        area = shape.area            # a bound method: its __func__ is Shape.area
        total += area()
    return total


print(methods(5000))
