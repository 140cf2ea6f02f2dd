# The implicit `return None` reached from several places takes the line of
# the code that reaches it (CPython copies the location-less exit block for
# each jump to it): return events and f_lineno show that line, never None.
import sys


def if_else(a, b):
    if a == b:
        b = a + 1
    else:
        pass


def if_only(x):
    if x:
        x = 2


def loop(items):
    for item in items:
        if item:
            continue


def with_block():
    class Manager:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return True

    with Manager():
        raise ValueError


def try_except(x):
    try:
        x = 1 / x
    except ZeroDivisionError:
        x = 0


def watched(function, *args):
    events = []
    first = function.__code__.co_firstlineno

    def tracer(frame, event, arg):
        if frame.f_code is function.__code__ and event in ("return", "line"):
            line = frame.f_lineno
            events.append((event, None if line is None else line - first))
        return tracer

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    print(function.__name__, args, [e for e in events if e[0] == "return"])


watched(if_else, 1, 1)
watched(if_else, 1, 2)
watched(if_only, 0)
watched(if_only, 1)
watched(loop, [0, 1])
watched(loop, [])
watched(with_block)
watched(try_except, 0)
watched(try_except, 2)

# No instruction of these functions is without a line.
for function in [if_else, if_only, loop, try_except]:
    lines = [p[0] for p in function.__code__.co_positions()]
    print(function.__name__, None in lines)
