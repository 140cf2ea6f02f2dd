# Generator expressions: what is evaluated eagerly, scoping, StopIteration→RuntimeError.
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

calls = []
def source():
    calls.append("source")
    return [1, 2, 3]
g = (x * 2 for x in source())
print(calls)
print(list(g), list(g))

try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

g = (y for x in [1] for y in undefined_name)
show(lambda: next(g))

class C:
    factor = 10
    items = [1, 2]
    try:
        out = list(x * factor for x in items)
    except NameError as e:
        out = f"{type(e).__name__}: {e}"
    first_iter_ok = list(x for x in items)
print(C.out, C.first_iter_ok)

x = "global x"
g = (x for _ in range(1))
x = "changed"
print(list(g))

def stop_inside():
    yield 1
    raise StopIteration("leaked")
show(lambda: list(stop_inside()))
def next_inside():
    it = iter([])
    yield next(it)
show(lambda: list(next_inside()))
g = (next(iter([])) for _ in range(1))
show(lambda: list(g))

print(sum(x for x in range(5)), max((x for x in "abc"), key=ord), sorted(x % 3 for x in range(6)))
print(list((i, j) for i in range(3) if i for j in range(i)))
nested = ((a, b) for a in range(2) for b in (c for c in range(a + 1)))
print(list(nested))
def gen_send():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
gs = gen_send()
next(gs)
print(gs.send(1), gs.send(2))
show(lambda: gs.send(None))
g = (x for x in range(3))
show(lambda: g.send(5))
print(next(g), g.send(None))
def gen_return_inside():
    return (yield)
gri = gen_return_inside()
next(gri)
show(lambda: gri.send("sent value"))
