# async with, driven by hand with send(None).
log = []
class Sleep:
    def __await__(self):
        log.append("await step")
        yield "suspended"
        return "slept"

class ACM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    async def __aenter__(self):
        log.append("aenter")
        log.append(await Sleep())
        return "resource"
    async def __aexit__(self, et, e, tb):
        log.append(f"aexit {et.__name__ if et else None}")
        return self.suppress

def run(coro):
    yields = []
    try:
        while True:
            yields.append(coro.send(None))
    except StopIteration as e:
        return e.value, yields

async def main():
    async with ACM() as r:
        log.append(f"body {r}")
    async with ACM(suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM():
            raise KeyError("propagates")
    except KeyError as e:
        log.append(f"caught {e}")
    return "done"
print(run(main()))
print(log)

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
class BadAenter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1
async def bad():
    async with BadAenter():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
async def sync_with_async_cm():
    with ACM():
        pass
try:
    run(sync_with_async_cm())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
