# Decorators with and without arguments, stacking order, class decorators.
trace = []
def log(tag):
    trace.append(("factory", tag))
    def deco(fn):
        trace.append(("apply", tag, fn.__name__))
        def wrapper(*args, **kwargs):
            trace.append(("call", tag))
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@log("outer")
@log("inner")
def target(x):
    return x * 2
print(trace)
trace.clear()
print(target(21), trace, target.__name__, target.__wrapped__.__wrapped__.__name__)

import functools
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("timed", fn(*a, **k))
    return wrapper
@timed
def documented(a, b=2):
    "Adds."
    return a + b
print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(1, 1))
print(documented.__qualname__, documented.__module__)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        cls.registered = True
        return cls
    return deco
REG = {}
@register(REG)
class Plugin:
    pass
print(REG, Plugin.registered)

def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)

# decorator expressions (PEP 614)
decorators = {"double": lambda f: lambda x: f(x) * 2}
@decorators["double"]
def five(x):
    return 5 + x
print(five(0))
@(lambda f: f)
def ident():
    return "ident"
print(ident())

# decorator evaluation order: decorator expressions evaluated before the function
order = []
def d(n):
    order.append(f"eval {n}")
    def apply(f):
        order.append(f"apply {n}")
        return f
    return apply
@d(1)
@d(2)
def h(arg=order.append("default")):
    pass
print(order)

# decorating methods
class K:
    @staticmethod
    @log("static")
    def s(x):
        return x
    @property
    @functools.lru_cache(maxsize=None)
    def cached(self):
        return "value"
print(K.s(3), K().cached)

# a decorator that raises
def bad(fn):
    raise ValueError("bad decorator")
try:
    @bad
    def never():
        pass
except ValueError as e:
    print(type(e).__name__, e)
print("never" in globals())

# callable class as decorator
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0
        self.fn = fn
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def hello(name):
    return "hi " + name
print(hello("a"), hello("b"), hello.calls, hello.__name__)
