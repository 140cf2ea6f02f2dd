# Calling a generator function makes the generator without running its body
# (eval.ts CALL and call.ts through generator.ts generatorOfCall): what the new
# generator's frame and the call show, for each kind and each way of calling.
import sys


def gen(a, b=2):
    yield a + b


async def coro(a):
    return a


async def agen(a):
    yield a


def with_cell(a):
    def inner():
        return a

    yield inner()


for made in (gen(1), coro(1), agen(1), with_cell(3)):
    frame = getattr(made, "gi_frame", None) or getattr(made, "cr_frame", None) or made.ag_frame
    print(type(made).__name__, frame.f_back, frame.f_lasti, frame.f_lineno, frame.f_locals)
    if hasattr(made, "close"):
        made.close()

# From natives (map), with keywords (call.ts), and bound methods.
print([list(g) for g in map(gen, (1, 2), (10, 20))])
print(list(gen(b=5, a=1)))


class Holder:
    def values(self, n):
        yield from range(n)


print(list(Holder().values(3)))

# cr_origin records the frames that created the coroutine.
sys.set_coroutine_origin_tracking_depth(2)


def make():
    return coro(5)


c = make()
print([(name, line) for _, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(0)


# At the recursion limit the call fails as any call does.
def nest(n):
    if n == 0:
        return gen(1)
    return nest(n - 1)


limit = sys.getrecursionlimit()
sys.setrecursionlimit(100)
depths = []
for n in range(80, 100):
    try:
        nest(n)
        depths.append(n)
    except RecursionError:
        pass
# The deepest call that works makes a generator with one frame more than a plain function.
print(max(depths) - min(depths), len(depths))
sys.setrecursionlimit(limit)

# A tracer sees no 'call' for making the generator, only when it runs.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("gen", "coro"):
        events.append((frame.f_code.co_name, event))
    return tracer


sys.settrace(tracer)
g = gen(7)
c = coro(8)
made_events = list(events)
print(next(g))
try:
    c.send(None)
except StopIteration as stop:
    print("coro", stop.value)
sys.settrace(None)
print(made_events, events)
