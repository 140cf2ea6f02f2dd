# Values sent into a generator or coroutine suspended in `yield from`/`await`
# go to the sub-generator it delegates to; the delegation changes as the
# frame moves on (a new sub-generator, a plain yield, a finished one).


def inner(tag, n):
    total = 0
    for i in range(n):
        got = yield (tag, i)
        total += got or 0
    return (tag, total)


def outer():
    a = yield from inner("a", 2)
    b = yield "plain"
    c = yield from inner("c", 3)
    d = yield ("after", a, b, c)
    e = yield from inner("e", 1)
    return (d, e)


g = outer()
print(next(g))
for value in range(1, 12):
    try:
        print(g.send(value), g.gi_yieldfrom is not None)
    except StopIteration as stop:
        print("done", stop.value, g.gi_yieldfrom)
        break


# A sub-generator advanced by someone else while the outer one waits on it.
def shared_inner():
    yield 1
    yield 2
    return "inner result"


def waiting(sub):
    result = yield from sub
    yield ("outer got", result)
    yield "outer again"


sub = shared_inner()
w = waiting(sub)
print(next(w))
print(next(sub))
print(w.send(None))
print(next(w))
print(list(w))


# throw() and close() while delegating, then sends after the handler.
def catcher():
    try:
        yield "inner waiting"
    except KeyError as e:
        got = yield ("inner caught", e.args)
        return got


def thrower():
    r = yield from catcher()
    s = yield ("outer", r)
    t = yield from inner("t", 2)
    return (s, t)


h = thrower()
print(next(h))
print(h.throw(KeyError("k")))
print(h.send("to inner"))
print(h.send("to outer"))
print(h.send(5))
try:
    h.send(6)
except StopIteration as stop:
    print("stop", stop.value)

h2 = thrower()
next(h2)
h2.close()
print("closed", h2.gi_frame, h2.gi_yieldfrom)


# Coroutines: chains of awaits, each level finishing in turn.
class Wait:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return (self.label, got)


async def level(n):
    if n == 0:
        first = await Wait("w1")
        second = await Wait("w2")
        return [first, second]
    mine = await level(n - 1)
    extra = await Wait("level%d" % n)
    return [n, mine, extra]


c = level(3)
print(c.send(None))
step = 0
while True:
    step += 1
    try:
        print(c.send(step), c.cr_await is not None)
    except StopIteration as stop:
        print("coroutine result", stop.value)
        break

# Awaiting a coroutine that another awaiter already finished.
async def short():
    return await Wait("short")


async def awaits(co):
    return await co


inner_co = short()
outer_co = awaits(inner_co)
print(outer_co.send(None))
try:
    inner_co.send("direct")
except StopIteration as stop:
    print("inner finished", stop.value)
try:
    outer_co.send("again")
except RuntimeError as e:
    print("RuntimeError", e)


# Many rounds of delegating generators driven by loops (traced by the JIT).
def chunk(i):
    yield i
    yield i * 10
    return i


def chunks(n):
    total = 0
    for i in range(n):
        total += yield from chunk(i)
        yield "sep"
    return total


def drive(n):
    gen = chunks(n)
    out = []
    value = next(gen)
    while True:
        out.append(value)
        try:
            value = gen.send(len(out))
        except StopIteration as stop:
            return out, stop.value


out, total = drive(300)
print(len(out), out[:7], out[-4:], total)
print(sum(x for x in chunks(200) if x != "sep"))


# Generators a traced `for` loop consumed part of, then resumed by send
# and by `yield from`, some of them delegating themselves.
def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield ("got", got)


def relay(n):
    yield "relay start"
    result = yield from counter(n)
    yield ("relay end", result)


def partly(gen, stop):
    seen = 0
    for x in gen:
        seen += 1
        if x == stop:
            break
    return seen


gens = [counter(1000) for _ in range(3)]
print([partly(g, 400 + k) for k, g in enumerate(gens)])
print([g.send("x") for g in gens], [next(g) for g in gens])
r = relay(500)
print(partly(r, 300))
print(r.send("sent"), next(r), r.gi_yieldfrom is not None)


def outer_relay(g):
    total = yield from g
    yield total


o = outer_relay(gens[0])
print(next(o), o.send(7), next(o))
