# A tiny round-robin event loop with tasks, futures and sleeping, written
# the way asyncio works inside: coroutines yield futures to the loop, the
# loop resumes them when the future is done.

class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for callback in self.callbacks:
            callback(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.time = 0
        self.log = []

    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append(task)
        return task

    def sleep(self, delay):
        future = Future("sleep")
        self.sleeping.append((self.time + delay, len(self.sleeping), future))
        return future

    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                self.ready.pop(0).step()
            if self.sleeping:
                self.sleeping.sort()
                wake, _, future = self.sleeping.pop(0)
                self.time = wake
                future.set_result(wake)


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(name)
        self.loop = loop
        self.coro = coro

    def step(self):
        try:
            waiting_on = self.coro.send(None)
        except StopIteration as stop:
            print(f"t={self.loop.time} {self.name} finished -> {stop.value!r}")
            self.set_result(stop.value)
        except Exception as error:
            print(f"t={self.loop.time} {self.name} failed -> {error!r}")
            self.set_result(None)
        else:
            waiting_on.callbacks.append(lambda _: self.loop.ready.append(self))


loop = Loop()


async def worker(name, delays):
    total = 0
    for delay in delays:
        woke = await loop.sleep(delay)
        print(f"t={woke} {name} woke")
        total += delay
    return total


async def failing():
    await loop.sleep(2)
    raise ValueError("worker crashed")


async def gather(*tasks):
    results = []
    for task in tasks:
        results.append(await task)
    return results


async def main():
    a = loop.spawn(worker("a", [1, 3]), "a")
    b = loop.spawn(worker("b", [2, 1, 1]), "b")
    c = loop.spawn(failing(), "c")
    results = await gather(a, b, c)
    print("gathered", results)
    return sum(r for r in results if r)


loop.spawn(main(), "main")
loop.run()
print("final time", loop.time)
