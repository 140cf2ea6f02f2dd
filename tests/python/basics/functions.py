# Calls: every argument kind, defaults, closures, decorators, lambdas, recursion.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))

def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))

def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump
bump = counter()
bump(); bump(5)
print(bump())

def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@trace
def add(x, y):
    """Adds."""
    return x + y
print(add(2, 3), add.__name__)

square = lambda x: x * x
print(list(map(square, range(5))), square.__name__)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25))

def defaults_evaluated_once(x=[]):
    x.append(len(x))
    return x
defaults_evaluated_once(); defaults_evaluated_once()
print(defaults_evaluated_once())
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)

for thunk in [lambda: f(), lambda: f(1), lambda: pos_only(1, b=2, c=3), lambda: f(1, 2, 3, 4)]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)

def g(x, y):
    return x, y
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 2})]:
    try:
        g(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
