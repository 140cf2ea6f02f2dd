# Generators and finally/with blocks; RuntimeError from StopIteration; close during finally.
log = []
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append(f"open {self.n}")
        return self
    def __exit__(self, *a):
        log.append(f"close {self.n} {a[0].__name__ if a[0] else None}")

def reader():
    with Res(1):
        yield "a"
        yield "b"

g = reader()
print(next(g))
g.close()
print(log)
log.clear()
g = reader()
next(g)
try:
    g.throw(ValueError("thrown in with"))
except ValueError as e:
    print("propagated", e)
print(log)
log.clear()
print(list(reader()), log)
log.clear()

def nested_finally():
    try:
        try:
            yield 1
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
g = nested_finally()
next(g)
g.close()
print(log)
log.clear()

def gen_returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = gen_returns_in_finally()
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)

def stop_iteration_converted():
    yield 1
    next(iter([]))
g = stop_iteration_converted()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)

def stop_iteration_caught():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        yield f"caught {e}"
print(list(stop_iteration_caught()))

def async_stop_name():
    yield 1
    raise StopAsyncIteration
g = async_stop_name()
next(g)
try:
    next(g)
except StopAsyncIteration as e:
    print(type(e).__name__)

def close_in_finally():
    try:
        yield 1
    finally:
        log.append("finally ran")
        yield "refused"
g = close_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e, log)

def exhausted_then_throw():
    yield 1
g = exhausted_then_throw()
list(g)
try:
    g.throw(ValueError("after exhaust"))
except ValueError as e:
    print("raised directly:", e)

def generator_raise_in_except():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
g = generator_raise_in_except()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)
