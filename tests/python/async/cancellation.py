# Cancelling a task: an exception thrown into the outermost coroutine travels
# down through awaits, anext() and async generators to the innermost awaitable.

class Cancelled(BaseException): pass
class Suspend:
    def __await__(self):
        try:
            yield "suspended"
        except Cancelled:
            print("  Suspend saw cancel")
            raise

async def agen():
    try:
        while True:
            await Suspend()
            yield 1
    finally:
        print("  agen finally")

async def consumer():
    g = agen()
    try:
        async for x in g:
            print("  got", x)
    except Cancelled:
        print("  consumer cancelled; ag_running", g.ag_running)
        await g.aclose()
        raise

c = consumer()
print(c.send(None))
print(c.send(None))
try:
    c.throw(Cancelled())
except Cancelled:
    print("cancel propagated")
print(c.cr_frame)

async def w():
    return await anext(agen(), "d")
c = w()
print(c.send(None))
try:
    c.throw(Cancelled)
except Cancelled:
    print("cancel 2")
try:
    c.send(None)
except RuntimeError as e:
    print(e)
