# Shared generator machinery that coroutines rely on: throw() and close()
# reach the sub-iterator of `yield from`, the handled exception of a
# suspended generator stays with it, and StopIteration values travel.

def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        print("  inner caught", repr(e))
        yield "inner recovered"
        return "inner result"
    finally:
        print("  inner finally")


def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "outer after"


print("throw reaches the delegate")
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()

print("throw not handled by the delegate")
g = outer()
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("  escaped", repr(e))

print("close reaches the delegate")
g = outer()
print(next(g))
g.close()
print("  closed", g.gi_frame)


class Plain:
    """An iterator without throw/close: throw() raises in the delegating generator."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return self.n


class WithThrow(Plain):
    def throw(self, exc):
        print("  WithThrow.throw", repr(exc))
        return "from throw"

    def close(self):
        print("  WithThrow.close")


def over(iterator):
    try:
        result = yield from iterator
        print("  result", result)
    except KeyError as e:
        print("  delegating generator caught", repr(e))
        yield "caught"


print("plain iterator")
g = over(Plain())
print(next(g))
print(g.throw(KeyError("plain")))
g.close()

print("iterator with throw and close")
g = over(WithThrow())
print(next(g))
print(g.throw(KeyError("custom")))
g.close()

print("StopIteration values")
def returns(value):
    return value
    yield

def delegate(value):
    got = yield from returns(value)
    return got

for value in (None, 5, (1, 2), StopIteration("wrapped")):
    try:
        delegate(value).send(None)
    except StopIteration as stop:
        print("  value", repr(stop.value), "args", stop.args)

print("handled exception stays with the generator")
def handler():
    try:
        raise KeyError("generator's")
    except KeyError:
        yield "in handler"
        raise

g = handler()
print(next(g))
try:
    raise
except RuntimeError as e:
    print("  caller sees no active exception:", e)
try:
    raise OSError("caller's")
except OSError:
    try:
        next(g)
    except KeyError as e:
        print("  generator re-raised", repr(e), "context", repr(e.__context__))

print("yield from a coroutine in a plain generator")
async def coro():
    return 1

def plain_gen():
    yield from coro()

c = coro()
def uses(c):
    yield from c
try:
    next(uses(c))
except TypeError as e:
    print("  TypeError:", e)
c.close()

print("generator attributes")
g = outer()
print(g.gi_yieldfrom, g.gi_suspended, g.gi_running)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__, g.gi_suspended)
g.close()
print(g.gi_yieldfrom, g.gi_suspended)

print("assignable names")
def g():
    yield
async def c(): pass
async def a(): yield
for obj in (g(), c(), a()):
    print(obj.__name__, obj.__qualname__)
    obj.__name__ = "renamed"
    obj.__qualname__ = "Q.renamed"
    print(obj.__name__, obj.__qualname__, repr(obj).split(" at ")[0])
    for attr in ("__name__", "__qualname__"):
        try:
            setattr(obj, attr, 1)
        except TypeError as e:
            print("TypeError:", e)
        try:
            delattr(obj, attr)
        except TypeError as e:
            print("TypeError:", e)
    if hasattr(obj, "close"):
        obj.close()
