# A call site whose callee is a new closure every time (currying, function
# factories): after a few bridges from its identity guard the site calls
# whatever it gets, so the loop keeps running compiled with every callee;
# functions with loops of their own are called, not inlined.


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def with_loop(x):
    total = 0
    for k in range(x % 5):
        total += k * x
    return total


def kernel(n):
    add3 = curry3(lambda a, b, c: a + b * c)
    makers = [(lambda k: lambda x: x * k)(k) for k in range(7)]
    total = 0
    for i in range(n):
        total += add3(i)(2)(3)
        total += makers[i % 7](i)
        total += with_loop(i)
        total += (lambda y: y - i)(3 * i)
    return total


print([kernel(n) for n in (10, 100, 3000)])
