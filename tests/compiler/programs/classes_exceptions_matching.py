
# class scope name resolution
x = "global"
class C:
    x = "class"
    def m(self): return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def f():
    x = "local"
    class D:
        print(x)
        x = "dclass"
        def g(self): return x
    return D
print(f()().g())
# except*
def eg():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("value", [str(x) for x in e.exceptions])
    except* TypeError:
        print("type")
try:
    eg()
except ExceptionGroup as rest:
    print("rest", [type(x).__name__ for x in rest.exceptions])
# exception variable cleared
try:
    raise KeyError
except KeyError as err:
    pass
try:
    err
    print(True)
except NameError:
    print(False)
# sys.exc_info during handler and after
def exc_info_test():
    try:
        raise IndexError("i")
    except IndexError:
        pass
    pass
exc_info_test()
# return inside with inside loop
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit"); return False
def ret_with():
    for i in range(3):
        with CM():
            if i == 1:
                return i
print(ret_with())
# continue in try/finally
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
# nested functions with defaults referencing class vars
class E:
    a = 1
    def m(self, b=a): return b
print(E().m())
# generator expressions and closures over loop vars
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
gen = (i * i for i in range(4))
print(sum(gen))
# unpacking in for loops
for k, (v1, *vs) in {"a": (1, 2, 3)}.items():
    print(k, v1, vs)
# global in nested comprehension
def gl():
    global GG
    GG = [j for j in range(3)]
gl(); print(GG)
# conditional import and import as



# star-args call ordering
def order(*a, **k): return a, k
def side(v): print("eval", v); return v
order(side(1), *[side(2)], x=side(3), **{"y": side(4)})
# walrus
if (n := len("abc")) > 2:
    print("n", n)
while (chunk := [1, 2][:0]):
    pass
print([y for x in range(5) if (y := x * 10) > 20])
# nonlocal in nested
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        def peek(): return c
        return peek()
    return inc
ctr = counter(); ctr(); print(ctr())
# raise from None, bare raise
def rr():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise
    except ValueError as e:
        return str(e)
print(rr())
# match with class patterns and guards
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=yy): return f"y-axis {yy}"
        case Point(xx, 0): return f"x-axis {xx}"
        case Point() if p.x == p.y: return "diagonal"
        case [Point(x=a), Point(x=b)]: return f"two {a} {b}"
        case {"p": Point(x=q)} | {"q": Point(x=q)}: return f"mapped {q}"
        case _: return "elsewhere"
print([where(p) for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), [Point(1, 1), Point(2, 2)], {"q": Point(7, 1)}, 5)])
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match (1, 2, 3, 4):
    case (1, *mid, 4):
        print("mid", mid)
match 42:
    case -1:
        pass
    case 40 | 41 | 42 as hit:
        print("hit", hit)
match "s":
    case None: print("none")
    case True: print("true")
    case "s": print("literal s")
# lambda in class body and qualnames
class Q:
    lam = lambda self: 1
    def meth(self):
        def inner(): pass
        return inner
print(Q.lam.__qualname__, Q().meth().__qualname__, (lambda: 0).__qualname__)
print([ (lambda: 0).__qualname__ for _ in range(1)][0])
# keyword-only / positional-only
def po(a, /, b, *, c): return a, b, c
print(po(1, b=2, c=3))
try:
    po(a=1, b=2, c=3)
except TypeError as te:
    print("TypeError", te)
# annotations in functions
def ann(a: int, *args: str, b: "x" = 1, **kw: float) -> bool: pass
print(ann.__annotations__)
# del attribute / subscript / slice
class Z: pass
z = Z(); z.a = 1; del z.a; lst = list(range(6)); del lst[1:3]; del lst[0]; print(hasattr(z, "a"), lst)
# augmented slice assignment
lst[1:2] = [9, 9]; lst += [7]; print(lst)
# chained assignment
a = b = c = [1]; print(a is c)
# docstrings
def doc(): "the doc"
print(doc.__doc__)
