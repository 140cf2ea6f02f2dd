# Coroutine trees: async functions awaiting each other, driven by a small
# hand-written event loop (a ready queue, a timer heap, futures and a gather).
import heapq
from collections import deque

from _bench import main


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)
        self.callbacks = []

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Task(Future):
    def __init__(self, loop, coro):
        Future.__init__(self)
        self.loop = loop
        self.coro = coro
        loop.ready.append(self.step)

    def step(self, value=None):
        try:
            waited = self.coro.send(value)
        except StopIteration as stop:
            self.set_result(stop.value)
            return
        if waited.done:
            self.loop.ready.append(lambda: self.step(waited.result))
        else:
            waited.callbacks.append(lambda f: self.loop.ready.append(lambda: self.step(f.result)))


class Loop:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.now = 0
        self.sequence = 0
        self.steps = 0

    def sleep(self, delay, value=None):
        f = Future()
        self.sequence += 1
        heapq.heappush(self.timers, (self.now + delay, self.sequence, f, value))
        return f

    def spawn(self, coro):
        return Task(self, coro)

    def run(self, coro):
        task = self.spawn(coro)
        while self.ready or self.timers:
            while self.ready:
                self.steps += 1
                self.ready.popleft()()
            if self.timers:
                when, _, f, value = heapq.heappop(self.timers)
                self.now = when
                f.set_result(value)
        return task.result


async def gather(loop, coros):
    tasks = [loop.spawn(c) for c in coros]
    results = []
    for t in tasks:
        results.append(await t)
    return results


async def leaf(loop, ident):
    value = await loop.sleep(ident % 7, ident)
    return value * 2 + 1


async def node(loop, depth, ident, fanout):
    if depth == 0:
        return await leaf(loop, ident)
    if depth % 2:
        # Odd levels await their children one after another...
        total = 0
        for k in range(fanout):
            total += await node(loop, depth - 1, ident * fanout + k, fanout)
        return total
    # ...even levels run them concurrently.
    children = [node(loop, depth - 1, ident * fanout + k, fanout) for k in range(fanout)]
    results = await gather(loop, children)
    return sum(results) % 1000003


def kernel(depth):
    loop = Loop()
    result = loop.run(node(loop, depth, 1, 4))
    return result, loop.steps, loop.now


main(kernel, 8, 4, iterations=8)
