# Lambdas, recursion, and recovering from RecursionError.
import sys
square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, b=2), (lambda x=3: x)())
print((lambda: (yield 1))().__next__())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(5), type(square).__name__, square.__name__)
print(sorted([3, 1, 2], key=lambda v: -v))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
# The interpreter still works after a RecursionError.
print(fib(30))

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print(type(e).__name__, e)

class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print(type(e).__name__, "in repr")

class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Attr().a
except RecursionError as e:
    print(type(e).__name__, "in getattr")

print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(50 < d < 120)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
print(str(nested).count("["))
