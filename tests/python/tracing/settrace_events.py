# sys.settrace: the events a trace function receives ('call', 'line',
# 'return', 'exception'), the local trace function it returns, and the
# line-event rules (a new line, a jump backwards to the same line).
import sys

events = []


def describe(frame, event, arg):
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    return (event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg)


def tracer(frame, event, arg):
    events.append(describe(frame, event, arg))
    return tracer


def run(func, *args, trace=tracer):
    events.clear()
    sys.settrace(trace)
    try:
        result = func(*args)
    except Exception as error:
        result = "raised " + type(error).__name__
    finally:
        sys.settrace(None)
    print(func.__name__, "->", result)
    for event in events:
        if event[1] != "run":
            print("   ", event)


def loop(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    return total


def one_line_loops():
    for i in range(3): pass
    return [i * 2 for i in range(2)]


def branches(x):
    if x > 1:
        y = "big"
    else:
        y = "small"
    return y


def raises():
    raise KeyError("k")


def catches():
    try:
        raises()
    except KeyError:
        value = "caught"
    try:
        {}["missing"]
    except LookupError as error:
        value += " twice"
    return value


def propagates():
    x = 1
    raises()
    return x


def gen(n):
    for i in range(n):
        yield i
    return "end"


def consume():
    return list(gen(2))


def delegate():
    result = yield from gen(1)
    yield result


def consume_delegate():
    return list(delegate())


def nested():
    def inner(a):
        return a + 1

    return inner(1) + inner(2)


class Thing:
    def __init__(self):
        self.value = 1

    @property
    def double(self):
        return self.value * 2


def methods():
    t = Thing()
    return t.double


for func, args in [
    (loop, (2,)),
    (one_line_loops, ()),
    (branches, (1,)),
    (branches, (2,)),
    (catches, ()),
    (propagates, ()),
    (consume, ()),
    (consume_delegate, ()),
    (nested, ()),
    (methods, ()),
]:
    run(func, *args)


# A global trace function that returns None traces calls only; one that
# returns another function has that one receive the frame's other events.
def calls_only(frame, event, arg):
    events.append(describe(frame, event, arg))


run(nested, trace=calls_only)


def local_only(frame, event, arg):
    events.append(("local",) + describe(frame, event, arg))
    return local_only


def global_picks(frame, event, arg):
    events.append(("global",) + describe(frame, event, arg))
    if frame.f_code.co_name == "inner":
        return local_only
    return None


run(nested, trace=global_picks)


# f_trace_lines = False: no line events, the other events still come.
def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    events.append(describe(frame, event, arg))
    return no_lines


run(loop, 1, trace=no_lines)


# A frame's f_trace set before settrace traces the rest of that frame.
def set_on_running_frame():
    frame = sys._getframe()
    frame.f_trace = tracer
    sys.settrace(tracer)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b


events.clear()
print(set_on_running_frame())
for event in events:
    print("   ", event)
print(sys.gettrace())
