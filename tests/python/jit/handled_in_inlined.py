# Raises handled inside inlined callees, and raises leaving a callee's own
# handler for a caller's (an EAFP lookup's `raise X from None`): the trace
# records the exception's path through the callee's handler
# (record_exceptions.ts catcher/unwind), making each inlined frame object
# once for the traceback entries and writing its locals when it ends. What
# the program sees must be the interpreter's: the exceptions, __cause__,
# __context__ (and its traceback: the same frame object as the outer
# exception's), __suppress_context__, each entry's line, lasti, f_lineno,
# f_back and f_locals (written at the frame's end: `as err` deleted),
# sys.exc_info() in the handlers.
import sys


class Missing(Exception):
    pass


class Bad(Exception):
    pass


class Wrapped(Exception):
    def __init__(self, key):
        Exception.__init__(self, "wrapped %r" % (key,))
        self.key = key


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise Missing(key) from None


def parse(text):
    try:
        return int(text)
    except ValueError as err:
        raise Bad(text) from err


def wrap(table, key):
    note = "before"
    try:
        value = table[key]
    except KeyError as err:
        note = "caught %r" % (key,)
        if key % 5 == 1:
            note = "odd"
        raise Wrapped(key)
    return value + len(note)


def recover(table, key):
    try:
        return table[key]
    except KeyError as err:
        return -len(repr(err))


def outer(table, key):
    size = len(table)
    return lookup(table, key) + size


def chain(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def frame_of(tb):
    frame = tb.tb_frame
    first = frame.f_code.co_firstlineno
    back = frame.f_back
    return (frame.f_code.co_name, tb.tb_lineno - first, frame.f_lineno - first,
            tb.tb_lasti >= 0, None if back is None else back.f_code.co_name,
            sorted((k, v) for k, v in frame.f_locals.items()
                   if k not in ("e", "log") and isinstance(v, (int, str))))


def report(e):
    context = e.__context__
    frames = [frame_of(tb) for tb in chain(e.__traceback__)]
    inner = None
    if context is not None and context.__traceback__ is not None:
        inner = [frame_of(tb) for tb in chain(context.__traceback__)]
        same = context.__traceback__.tb_frame is e.__traceback__.tb_next.tb_frame
        inner.append(same)
    return (type(e).__name__, str(e), type(e.__cause__).__name__, type(context).__name__,
            e.__suppress_context__, frames, inner)


def run(n):
    table = {i: i * 2 for i in range(0, n, 3)}
    total = 0
    log = []
    for i in range(n):
        try:
            total += lookup(table, i)
        except Missing as e:
            total += 1
            if i % 97 == 1:
                log.append(report(e))
        try:
            total += parse(str(i) if i % 4 else "x%d" % i)
        except Bad as e:
            total += 2
            if i % 89 == 0:
                log.append(report(e))
        try:
            total += wrap(table, i)
        except Wrapped as e:
            total += e.key & 3
            if i % 83 == 2 or i % 83 == 11:
                log.append(report(e))
        total += recover(table, i)
    return total, log


def run_outer(n):
    # A raise that leaves a function trace through an inlined callee (not followed).
    table = dict.fromkeys(range(0, n, 3), 4)
    seen = []
    for i in range(n):
        try:
            seen.append(outer(table, i))
        except Missing as e:
            seen.append(report(e)[5] if i % 79 == 1 else sys.exc_info()[0].__name__)
    return len(seen), sum(x for x in seen if isinstance(x, int)), seen[-5:]


for rounds in range(3):
    print(*run(3000), sep="\n")
for rounds in range(2):
    print(run_outer(3000))
