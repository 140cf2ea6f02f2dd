# Coroutine protocol errors: reuse, throw into awaiting frames, cr_* attributes, __await__ wrapper.
class Suspend:
    def __await__(self):
        return (yield "suspend")

async def worker(log):
    try:
        value = await Suspend()
        log.append(f"got {value}")
        return "finished"
    except ValueError as e:
        log.append(f"worker caught {e}")
        return "recovered"
    finally:
        log.append("worker finally")

log = []
c = worker(log)
print(c.send(None), c.cr_await is not None, c.cr_frame is not None)
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("returned", e.value, log)
print(c.cr_await, c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

log = []
c = worker(log)
c.send(None)
c.close()
print(log)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def raiser():
    raise KeyError("from coroutine")
try:
    raiser().send(None)
except KeyError as e:
    print(type(e).__name__, e)

async def returns_value():
    return 99
wrapper = returns_value().__await__()
print(type(wrapper).__name__, hasattr(wrapper, "__next__"))
try:
    next(wrapper)
except StopIteration as e:
    print("wrapper returned", e.value)

def gen_uses_await_wrapper():
    result = yield from returns_value().__await__()
    return result
g = gen_uses_await_wrapper()
try:
    next(g)
except StopIteration as e:
    print("yield from wrapper:", e.value)

async def awaiter(other):
    return await other
inner = returns_value()
outer = awaiter(inner)
try:
    outer.send(None)
except StopIteration as e:
    print("awaited", e.value)
try:
    awaiter(inner).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def stop_iteration_inside():
    raise StopIteration("bad")
try:
    stop_iteration_inside().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
async def self_await():
    await me
me = self_await()
try:
    me.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(returns_value.__name__, type(returns_value()).__mro__[-1].__name__)
