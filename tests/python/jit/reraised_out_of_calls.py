# A function called inside a try of a compiled loop (a `call_catch`) whose
# own trace ends at a RERAISE no handler of its frame covers: the raise of
# an `except` block leaving the function (driver.ts callFunctionTraceQuietly
# finishes such a frame without the eval loop). What the caller sees must
# be the interpreter's: the exception, its __cause__/__context__/
# __suppress_context__, each traceback entry's line and lasti, and the dead
# frame's f_lineno and f_locals; `finally` blocks run on the way out. And
# int() of a text that is no literal inside a try: a quiet raise (the
# ValueError's message and traceback as the interpreter's).


class Missing(Exception):
    pass


def from_none(table, key):
    try:
        return table[key]
    except KeyError:
        raise Missing(key) from None


def chained(text):
    try:
        return int(text)
    except ValueError as e:
        raise Missing(text) from e


def parsed(text, base):
    try:
        return int(text, base)
    except ValueError as e:
        return -len(str(e)) - len(describe(e)[-1])


def implicit(table, key):
    try:
        return table[key]
    except KeyError:
        raise Missing("implicit %r" % (key,))


def bare(table, key):
    try:
        return table[key]
    except KeyError:
        table["bare"] = table.get("bare", 0) + 1
        raise


def with_finally(table, key, log):
    try:
        try:
            return table[key]
        except KeyError:
            raise Missing(key) from None
    finally:
        log.append(key)


def nested(table, key):
    try:
        return table[key]
    except KeyError:
        try:
            return table[-key]
        except KeyError:
            raise Missing(key)


def describe(e):
    frames = []
    tb = e.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        first = frame.f_code.co_firstlineno
        frames.append((frame.f_code.co_name, tb.tb_lineno - first, frame.f_lineno - first,
                       tb.tb_lasti >= 0, tuple(sorted(k for k in frame.f_locals if k != "e"))))
        tb = tb.tb_next
    return (type(e).__name__, str(e).startswith(("1", "2", "3", "4", "5", "6", "7", "8", "9", "x", "implicit")), type(e.__cause__).__name__, type(e.__context__).__name__,
            e.__suppress_context__, tuple(frames))


def run(n):
    table = {i: i for i in range(0, n, 3)}
    table.update({-i: i for i in range(0, n, 15)})
    log = []
    caught = []
    total = 0
    for i in range(1, n):
        try:
            total += from_none(table, i)
        except Missing as e:
            caught.append(("from_none", e))
        try:
            total += chained(str(i) if i % 4 else "x%d" % i)
        except Missing as e:
            caught.append(("chained", e))
        total += parsed(str(i) if i % 6 else "z%d" % i, 10 + i % 3 * 10)
        try:
            total += implicit(table, i)
        except Missing as e:
            caught.append(("implicit", e))
        try:
            total += bare(table, i)
        except KeyError as e:
            caught.append(("bare", e))
        try:
            total += with_finally(table, i, log)
        except Missing as e:
            caught.append(("with_finally", e))
        try:
            total += nested(table, i)
        except Missing as e:
            caught.append(("nested", e))
    shapes = {}
    for name, e in caught:  # (after the loop: the loop's trace stays small)
        shape = (name,) + describe(e)
        if e.__cause__ is not None:
            shape += (str(e.__cause__).replace(str(e), "T"), describe(e.__cause__))
        shapes[shape] = shapes.get(shape, 0) + 1
    return total, len(log), table["bare"], sorted(shapes.items())


total, logged, bares, shapes = run(6000)
print(total, logged, bares)
for shape in shapes:
    print(shape)
