# Default values are evaluated once, at definition time.
calls = []
def make(tag):
    calls.append(tag)
    return tag

def f(a=make("a"), *, b=make("b")):
    return a, b
print(calls)
f(); f(); f()
print(calls)

def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1), append(2), append(3, []), append(4))
print(append.__defaults__)

def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())

x = 10
def late(y=x):
    return y
x = 20
print(late())

# Replacing __defaults__ and __kwdefaults__
def g(a, b=1, *, c=2):
    return a, b, c
g.__defaults__ = (100,)
g.__kwdefaults__ = {"c": 200}
print(g(0))
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print(type(e).__name__, e)
g.__kwdefaults__ = None
try:
    g(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(g(0, 1, c=3))
try:
    g.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.__kwdefaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
del g.__defaults__
print(g.__defaults__)

def h(a, b=[1], c=(2,)):
    pass
print(h.__defaults__, h.__kwdefaults__)
def k(*, a=1, b):
    pass
print(k.__defaults__, k.__kwdefaults__)
