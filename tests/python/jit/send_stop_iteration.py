# `gen.send(x)` recorded into the generator's body, whose body returns: send
# raises StopIteration(value) at the CALL, and an `except StopIteration` of
# the frame around it catches it inside the trace (record_exceptions.ts
# raiseAtSend). A task's step of an event loop is the usual shape. What the
# handler sees — the value, the traceback (frame, line), __context__, the
# coroutine's state afterwards — must be the interpreter's.
import sys


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


def describe(stop, finished, running):
    tb = stop.__traceback__
    return (
        type(stop).__name__,
        stop.args,
        tb.tb_frame.f_code.co_name,
        tb.tb_lineno - Task.first_line,
        tb.tb_next is None,
        stop.__context__ is None,
        finished,
        running,
    )


class Task(Future):
    log = []

    def __init__(self, loop, coro):
        Future.__init__(self)
        self.loop = loop
        self.coro = coro
        loop.ready.append(self.step)

    def step(self, value=None):
        try:
            waited = self.coro.send(value)
        except StopIteration as stop:
            if stop.value == "odd" or len(Task.log) < 3:
                # (Read after the run: a trace reading a traceback's frame aborts.)
                Task.log.append((stop, self.coro.cr_frame is None, self.coro.cr_running))
            self.set_result(stop.value)
            return
        if waited.done:
            self.loop.ready.append(lambda: self.step(waited.result))
        else:
            waited.callbacks.append(lambda f: self.loop.ready.append(lambda: self.step(f.result)))


Task.first_line = Task.step.__code__.co_firstlineno


class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.now = 0
        self.steps = 0

    def sleep(self, delay, value=None):
        f = Future()
        self.timers.append((self.now + delay, len(self.timers), f, value))
        self.timers.sort(reverse=True)
        return f

    def run(self, coro):
        task = Task(self, coro)
        while self.ready or self.timers:
            while self.ready:
                self.steps += 1
                self.ready.pop(0)()
            if self.timers:
                when, _, f, value = self.timers.pop()
                self.now = when
                f.set_result(value)
        return task.result


async def leaf(loop, ident):
    value = await loop.sleep(ident % 3, ident)
    if ident % 5 == 2:
        return "odd"
    if ident % 41 == 7:
        return (ident, ident)  # a tuple: StopIteration's args hold it whole
    if ident % 43 == 9:
        return None
    if ident % 47 == 3:
        return ident / 4  # a float now and then
    return value * 2 + 1


async def node(loop, depth, ident):
    if depth == 0:
        return await leaf(loop, ident)
    tasks = [Task(loop, node(loop, depth - 1, ident * 3 + k)) for k in range(3)]
    total = 0
    for t in tasks:
        got = await t
        total += got if isinstance(got, (int, float)) else len(str(got))
    return total


loop = Loop()
print(loop.run(node(loop, 7, 1)), loop.steps, loop.now)
for entry in Task.log[:12]:
    print(describe(*entry))
print(len(Task.log))


# A driver loop whose own frame catches the StopIteration (the looping frame).
def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        total += got or 0
    return total


def drive(rounds):
    results = []
    for r in range(rounds):
        gen = counter(r % 5 + 1)
        value = next(gen)
        while True:
            try:
                value = gen.send(value * 2)
            except StopIteration as stop:
                results.append(stop)
                break
    return [(stop.value, stop.__traceback__.tb_frame.f_code.co_name) for stop in results]


got = drive(3000)
print(got[:8], len(got), sum(v for v, _ in got))


# A StopIteration caught while another exception is being handled: its __context__.
def inner():
    yield 1
    return "done"


def context_of(rounds):
    seen = []
    for r in range(rounds):
        gen = inner()
        next(gen)
        try:
            raise KeyError(r)
        except KeyError:
            try:
                gen.send(None)
            except StopIteration as stop:
                seen.append((stop.value, type(stop.__context__).__name__, stop.__context__.args))
    return seen


got = context_of(3000)
print(got[:3], len(got))


# A send under a handler that does not catch StopIteration: it propagates.
def strict(gen):
    try:
        return gen.send(None)
    except ValueError:
        return "value error"


def escapes(rounds):
    caught = 0
    for r in range(rounds):
        gen = inner()
        next(gen)
        try:
            strict(gen)
        except StopIteration as stop:
            caught += 1
            last = stop
    return caught, (last.value, last.__traceback__.tb_next.tb_frame.f_code.co_name)


print(escapes(3000))
print(sys.exc_info())
