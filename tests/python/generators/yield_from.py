# yield from: delegation of values, send, throw, close, and return values.
log = []
def inner():
    try:
        x = yield "inner 1"
        log.append(f"inner got {x}")
        y = yield "inner 2"
        log.append(f"inner got {y}")
    except ValueError as e:
        log.append(f"inner caught {e}")
        yield "inner recovered"
    finally:
        log.append("inner finally")
    return "inner result"

def outer():
    result = yield from inner()
    log.append(f"outer got {result}")
    yield "outer done"

g = outer()
print(next(g), g.send("A"), g.send("B"), log)
log.clear()
g = outer()
next(g)
print(g.throw(ValueError("boom")), next(g), log)
log.clear()
g = outer()
next(g)
g.close()
print(log)

def delegate_iterable():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    r = yield from ()
    yield r
print(list(delegate_iterable()))

class Custom:
    def __init__(self):
        self.sent = []
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        self.sent.append(v)
        if len(self.sent) > 1:
            raise StopIteration("custom done")
        return f"sent {v}"
    def throw(self, *a):
        return "custom threw"
def uses_custom(c):
    r = yield from c
    yield f"returned {r}"
cu = Custom()
gc = uses_custom(cu)
print(next(gc), gc.send(1), gc.throw(KeyError), gc.send(2), cu.sent)

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def uses_nothrow():
    yield from NoThrow()
nt = uses_nothrow()
next(nt)
try:
    nt.throw(KeyError("passes through"))
except KeyError as e:
    print(type(e).__name__, e)
try:
    def bad():
        yield from 5
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2,), {3: 0})))
def depth(n):
    if n:
        yield n
        yield from depth(n - 1)
print(list(depth(5)))

def gen_with_return():
    yield 1
    return [1, 2]
def collect():
    v = yield from gen_with_return()
    return v
c = collect()
next(c)
try:
    next(c)
except StopIteration as e:
    print(e.value)

def inner_stop():
    yield 1
    return StopIteration("as value")
def outer_stop():
    v = yield from inner_stop()
    yield type(v).__name__
print(list(outer_stop()))
