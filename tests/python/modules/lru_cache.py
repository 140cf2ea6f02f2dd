# functools.lru_cache on the native _functools._lru_cache_wrapper.
import functools

calls = []
@functools.lru_cache(maxsize=2)
def f(x, y=0):
    calls.append((x, y))
    return x * 10 + y
print(f(1), f(2), f(1), f(3), f(2), f(1, y=1), f(1, y=1), f(x=1, y=1))
print(calls, f.cache_info())
f.cache_clear(); print(f.cache_info(), f(1), f.cache_info())
print(f.__name__, f.__wrapped__.__name__, f.cache_parameters(), type(f).__name__, type(f).__module__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())

@functools.cache
def sq(x):
    calls.append(x)
    return x * x
print(sq(3), sq(3), sq(3.0), sq(True), fib.cache_info().maxsize, sq.cache_info())

@functools.lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@functools.lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())

class C:
    @functools.lru_cache
    def method(self, x):
        return (id(self) > 0, x)
c = C()
print(c.method(1), c.method(1), C.method.cache_info())

@functools.lru_cache(maxsize=3)
def g(x):
    return x
for i in [1, 2, 3, 1, 4, 5, 1, 2]:
    g(i)
print(g.cache_info())
try:
    functools.lru_cache(maxsize='x')
except TypeError as e:
    print('TypeError', e)
unhashable = functools.lru_cache(lambda x: x)
try:
    unhashable([1])
except TypeError as e:
    print('TypeError', e)
