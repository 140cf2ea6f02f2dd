# yield from edge cases: close/throw delegation to generators and iterators, GeneratorExit.
log = []
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        log.append("inner got GeneratorExit")
        raise
    finally:
        log.append("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        log.append("outer finally")

g = outer()
next(g)
g.close()
print(log)
log.clear()

class Closable:
    def __init__(self):
        self.closed = False
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def close(self):
        self.closed = True
        log.append("iterator close called")
c = Closable()
def delegate(it):
    yield from it
d = delegate(c)
next(d)
d.close()
print(c.closed, log)
log.clear()

class CloseRaises(Closable):
    def close(self):
        raise ValueError("close failed")
d2 = delegate(CloseRaises())
next(d2)
try:
    d2.close()
except ValueError as e:
    print(type(e).__name__, e)

def catches_in_outer():
    try:
        yield from inner()
    except KeyError as e:
        yield f"outer caught {e!r}"
g = catches_in_outer()
next(g)
print(g.throw(KeyError("k")), log)
log.clear()

def subgen_returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned after throw"
def wrapper():
    result = yield from subgen_returns_on_throw()
    yield result
w = wrapper()
next(w)
print(w.throw(ValueError))

def send_to_iterator():
    yield from iter([1, 2])
s = send_to_iterator()
next(s)
try:
    s.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)

def running_check():
    yield from running_check_inner()
def running_check_inner():
    try:
        next(outer_gen)
    except ValueError as e:
        yield f"{type(e).__name__}: {e}"
outer_gen = running_check()
print(next(outer_gen))

def stop_value_chain():
    value = yield from (x for x in [])
    return value
sv = stop_value_chain()
try:
    next(sv)
except StopIteration as e:
    print("value", e.value)
