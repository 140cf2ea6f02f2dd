# A finished generator's or coroutine's frame still shows its last locals to
# whoever holds the frame object: a traceback of an exception raised and
# caught inside it, gi_frame/cr_frame read before it finished, sys._getframe(),
# f_back of a callee's frame, a trace function's frame argument, a traceback
# of an exception that ended it. (CPython clears a finished generator's frame
# but keeps the locals in a frame object that exists; an implementation that
# drops a finished generator's locals must do so only for frames never handed
# out.) The loops run many rounds so that JIT traces run the generators too.
import sys


def show(label, frame):
    print(label, sorted((k, v) for k, v in frame.f_locals.items() if type(v) is int))


def caught_inside():
    kept = []

    def gen(n):
        local_value = n * 10
        try:
            raise ValueError(n)
        except ValueError as error:
            if n % 1000 == 0:
                kept.append(error)
        yield local_value
        last = local_value + 1

    for i in range(3000):
        for _ in gen(i):
            pass
    for error in kept:
        show("caught", error.__traceback__.tb_frame)


def gi_frame_read_before():
    frames = []
    generators = []

    def gen(n):
        a = n
        yield a
        c = a + 1

    for i in range(3000):
        g = gen(i)
        next(g)
        if i % 1000 == 0:
            frames.append(g.gi_frame)
            generators.append(g)
        for _ in g:
            pass
    for frame in frames:
        show("gi_frame", frame)
    print([g.gi_frame for g in generators])


def getframe_inside():
    frames = []

    def gen(n):
        x = n * 2
        if n % 1000 == 0:
            frames.append(sys._getframe())
        yield x
        y = x + 3

    for i in range(3000):
        for _ in gen(i):
            pass
    for frame in frames:
        show("_getframe", frame)


def f_back_of_callee():
    frames = []

    def grab():
        frames.append(sys._getframe().f_back)

    def gen(n):
        z = n - 1
        if n % 1000 == 0:
            grab()
        yield z
        w = z * 2

    for i in range(3000):
        for _ in gen(i):
            pass
    for frame in frames:
        show("f_back", frame)


def coroutine_frames():
    frames = []

    class Ready:
        def __await__(self):
            return (yield self)

    async def inner(n):
        v = n + 100
        await Ready()
        return v

    async def outer(n):
        r = await inner(n)
        if n % 1000 == 0:
            frames.append(sys._getframe())
        s = r + 1
        return s

    total = 0
    for i in range(3000):
        c = outer(i)
        c.send(None)
        try:
            c.send(None)
        except StopIteration as stop:
            total += stop.value
    print("total", total)
    for frame in frames:
        show("coroutine", frame)


def cr_frame_read_before():
    kept = []
    coroutines = []

    async def work(n):
        p = n * 3
        q = p + 1
        return q

    for i in range(3000):
        c = work(i)
        if i % 1000 == 0:
            kept.append(c.cr_frame)
            coroutines.append(c)
        try:
            c.send(None)
        except StopIteration:
            pass
    for frame in kept:
        show("cr_frame", frame)
    print([c.cr_frame for c in coroutines])


def traced_frames():
    seen = []

    def gen(n):
        t = n + 7
        yield t
        u = t * 2

    def tracer(frame, event, arg):
        if event == "call" and frame.f_code.co_name == "gen":
            seen.append(frame)
        return None

    sys.settrace(tracer)
    try:
        for i in range(3):
            for _ in gen(i):
                pass
    finally:
        sys.settrace(None)
    for frame in seen:
        show("traced", frame)


def ended_by_exception():
    def gen(n):
        t = n
        yield t
        raise KeyError(t + 1)

    for i in range(3000):
        try:
            for _ in gen(i):
                pass
        except KeyError as error:
            if i % 1000 == 0:
                show("raised", error.__traceback__.tb_next.tb_frame)


caught_inside()
gi_frame_read_before()
getframe_inside()
f_back_of_callee()
coroutine_frames()
cr_frame_read_before()
traced_frames()
ended_by_exception()
