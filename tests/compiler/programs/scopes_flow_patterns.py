# closures, nonlocal, class cells, walrus in comprehensions
def outer():
    x = 1
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
i = outer(); i(); print(i())
def w():
    res = [y := k * 2 for k in range(3)]
    return res, y
print(w())
print([z := 5 for _ in range(2)], z)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
    def cls(self): return __class__.__name__
print(B().who(), B().cls())
# star unpacking
a, *b, c = range(6); print(a, b, c)
[d, (e, *f)] = [1, (2, 3, 4)]; print(d, e, f)
first, *_ = "xyz"; print(first)
# chained comparisons
def cmp(v): return 1 < v <= 3 != v
print([cmp(v) for v in range(5)])
print(1 < 2 < 3, 3 > 2 > 2)
# boolean ops
print(0 or "x", 1 and 0, not 0, None or [] or {})
# dict/set comprehensions and displays
print({k: v for k, v in zip("ab", (1, 2))}, sorted({x % 3 for x in range(10)}))
print({**{"a": 1}, "b": 2, **{"c": 3}}, [*range(3), *"ab"], (*range(2),))
def kw(*args, **kwargs): return args, kwargs
print(kw(1, *[2, 3], x=1, **{"y": 2}))
print(kw(*(), **{}))
# try/finally with return and break
def tf():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("fin", i)
    try:
        return "ret"
    finally:
        print("finally runs")
print(tf())
def nested_except():
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            raise ValueError("v") from e
    except ValueError as v:
        return type(v.__cause__).__name__
print(nested_except())
# generators
def gen():
    x = yield 1
    print("got", x)
    y = yield from sub()
    print("sub returned", y)
def sub():
    yield "s"
    return "done"
g = gen(); print(next(g)); print(g.send("hi")); print(next(g, "end"))
# lambda defaults and kwonly
f = lambda a, b=2, *, c=3: a + b + c
print(f(1), f(1, c=10))
# augmented assignment on attributes and subscripts
class O: pass
o = O(); o.v = 1; o.v += 5; lst = [1, 2]; lst[0] += 10; print(o.v, lst)
# del
q = 1; del q
try:
    q
except NameError as ex:
    print("NameError", ex)
# global
G = 0
def setg():
    global G
    G = 42
setg(); print(G)
# decorators
def deco(fn):
    def wrapper(*a): return "<" + fn(*a) + ">"
    return wrapper
@deco
def hello(n): return "hi " + n
print(hello("bob"))
# match
def m(v):
    match v:
        case 0 | 1: return "small"
        case [x, y, *rest] if x < y: return f"seq {x} {y} {rest}"
        case {"k": kv, **others}: return f"map {kv} {others}"
        case str() as s: return "str " + s
        case O(): return "O"
        case _: return "other"
print([m(v) for v in (0, 1, [1, 2, 3, 4], [2, 1], {"k": 9, "z": 1}, "s", o, 3.5)])
# assert
try:
    assert 1 == 2, "nope"
except AssertionError as ae:
    print("assert", ae)
# with multiple items
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *exc): print("exit", self.n, exc[0] is not None); return self.n == 2
with CM(1) as one, CM(2) as two:
    print("body", one, two)
    raise KeyError
print("after with")
# f-strings
width = 6
print(f"{'a'!r:>{width}}|{{}}|{width=}")
# while/else, for/else
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
for k in []:
    pass
else:
    print("for else")
# conditional expression and slices
print("yes" if n else "no", list(range(10))[1:8:2], "abcdef"[::-1])
# class body details
class K:
    """doc"""
    x: int = 5
    y = [x for _ in range(2)] if False else 0
    def __init_subclass__(cls): pass
print(K.__doc__, K.__qualname__, K.__module__, K.__annotations__)
