# Awaiting custom awaitables, driving coroutines by hand with send/throw/close.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield

class Step:
    def __await__(self):
        got = yield "step"
        return f"resumed with {got}"

async def main():
    a = await Ready(1)
    b = await Step()
    c = await Step()
    return a, b, c

coro = main()
print(type(coro).__name__, coro.cr_running, coro.cr_await)
print(coro.send(None))
print(type(coro.cr_await).__name__)
print(coro.send("first"))
try:
    coro.send("second")
except StopIteration as e:
    print("result", e.value)
print(coro.cr_frame)

def show(thunk):
    try:
        print(thunk())
    except (TypeError, RuntimeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)

class NotAwaitable:
    pass
async def await_bad():
    await NotAwaitable()
show(lambda: await_bad().send(None))
class AwaitReturnsNonIter:
    def __await__(self):
        return 5
async def await_nonit():
    await AwaitReturnsNonIter()
show(lambda: await_nonit().send(None))
inner_coro = main()
class AwaitReturnsCoro:
    def __await__(self):
        return inner_coro
async def await_coro():
    await AwaitReturnsCoro()
show(lambda: await_coro().send(None))
inner_coro.close()
async def await_int():
    await 1
show(lambda: await_int().send(None))

async def simple():
    return "simple"
c = simple()
show(lambda: c.send(None))
show(lambda: c.send(None))
c2 = simple()
show(lambda: c2.send(1))
c2.close()
async def catches():
    try:
        await Step()
    except KeyError as e:
        return f"caught {e!r}"
c3 = catches()
c3.send(None)
show(lambda: c3.throw(KeyError("k")))
c4 = catches()
c4.send(None)
c4.close()
print("closed", c4.cr_frame)

import types
@types.coroutine
def legacy():
    v = yield "legacy yield"
    return v
async def uses_legacy():
    return await legacy()
c5 = uses_legacy()
print(c5.send(None))
show(lambda: c5.send("legacy result"))
print(type(simple).__name__, simple.__code__.co_flags & 0x80 != 0)
never = simple()
never.close()
async def awaits_twice():
    co = simple()
    await co
    await co
show(lambda: awaits_twice().send(None))
rc = simple()
print(repr(rc).startswith("<coroutine object simple at"))
rc.close()
