# Functions that are generators, coroutines or async generators: introspection and calls.
def gen_func(a, *, b=2):
    "gen doc"
    yield a + b
async def coro_func():
    return 1
async def agen_func():
    yield 1
def plain():
    return 1
def code_kind(f):
    flags = f.__code__.co_flags
    return [name for bit, name in [(0x20, "generator"), (0x80, "coroutine"), (0x200, "async generator")] if flags & bit] or ["plain"]
for f in [gen_func, coro_func, agen_func, plain, lambda: (yield)]:
    print(f.__name__, code_kind(f))
print(gen_func.__doc__, list(gen_func(1)), list(gen_func(1, b=10)))
try:
    gen_func()
except TypeError as e:
    print(type(e).__name__, e)
g = gen_func(5)
print(type(g).__name__, g.__name__)
c = coro_func()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
ag = agen_func()
print(type(ag).__name__, ag.__name__)

class Methods:
    def gen(self):
        yield self
    @classmethod
    def cgen(cls):
        yield cls.__name__
    @staticmethod
    def sgen(x):
        yield from range(x)
m = Methods()
print(next(m.gen()) is m, list(Methods.cgen()), list(Methods.sgen(3)))

def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
print(list(recursive_gen(4)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))

def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)
print(list(deep(200)))

def arg_evaluated_lazily():
    print("body starts")
    yield
g = arg_evaluated_lazily()
print("created")
next(g)
def default_gen(x=[]):
    x.append(1)
    yield len(x)
print(next(default_gen()), next(default_gen()))
def returns_gen():
    return (i for i in range(2))
print(code_kind(returns_gen), list(returns_gen()))
