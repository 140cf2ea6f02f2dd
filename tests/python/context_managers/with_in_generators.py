# with statements inside generators and functions that return or raise out of them.
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False

def gen():
    with CM("gen"):
        yield 1
        yield 2
    log.append("after with")

for v in gen():
    log.append(f"got {v}")
print(log)
log.clear()

g = gen()
next(g)
g.close()
print(log)
log.clear()

def early_return():
    with CM("a"), CM("b"):
        return "value"
print(early_return(), log)
log.clear()

def raise_through():
    with CM("x"):
        raise ValueError("through")
try:
    raise_through()
except ValueError:
    pass
print(log)
log.clear()

def loop_break():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                break
    return i
print(loop_break(), log)
log.clear()

class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print(d1, d2, Reentrant.depth)
print(Reentrant.depth)

class SuppressInGen:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is StopIteration
def gen_suppress():
    with SuppressInGen():
        yield 1
        raise StopIteration
    yield "after"
print(list(gen_suppress()))

class Targets:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        pass
with Targets() as (a, [b, c]):
    print(a, b, c)
obj = type("Obj", (), {})()
with Targets() as obj.attr:
    pass
print(obj.attr)
store = {}
with Targets() as store["k"]:
    pass
print(store)
