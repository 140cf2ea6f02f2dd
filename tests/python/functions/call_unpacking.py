# * and ** at call sites, and their errors.
def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], *(3,), *range(2)))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(1, *"ab", 2, **dict(x=1), y=2))
print(f(*{3: 0, 1: 0}))
print(f(*(i * i for i in range(4))))

def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: f(**{"a": 1}, a=2))
show(lambda: f(a=1, **{"a": 2}))
show(lambda: f(**{"a": 1}, **{"a": 2}))
show(lambda: f(*1))
show(lambda: f(**1))
show(lambda: f(**[1]))
show(lambda: f(**{1: 2}))
show(lambda: f(*None))

class Keys:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print(f(**Keys()))

def g(a, b, c):
    return a + b + c
print(g(*[1], **{"b": 2, "c": 3}))
show(lambda: g(*[1, 2], **{"b": 3, "c": 4}))
show(lambda: g(1, **{"a": 1, "b": 2, "c": 3}))

class It:
    def __iter__(self):
        return iter([7, 8, 9])
print(g(*It()))

class BadIter:
    def __iter__(self):
        raise ValueError("boom")
try:
    g(*BadIter())
except ValueError as e:
    print("ValueError", e)

def kw(**kw):
    return sorted(kw.items())
d = {"x": 1}
res = kw(**d)
d["y"] = 2
print(res, d)
print(kw(**{"z": 0}, **{"w": 1}))

# print is a builtin: its own argument errors
show(lambda: print(sep=1))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: len(x=1))
