# A raise inside inlined callees (no handler of theirs covers it) caught by a
# handler of the looping frame: the trace follows the exception into the
# handler (record_exceptions.ts catchThrough), making the frames it passed
# through as the interpreter's. What the handler sees must be the
# interpreter's: the exception, __context__, each traceback entry's frame
# (code name, f_back, f_lineno, f_locals), line and lasti, sys.exc_info().
import sys


class Odd(Exception):
    pass


def parse(text):
    scale = 10
    return int(text) * scale


def deeper(text, extra):
    total = extra + 1
    return parse(text) + total


def fetch(table, key):
    found = table[key]
    return found


def build(text):
    if len(text) > 2:
        label = "long"
        value = int(text)
    else:
        label = "short"
        value = int(text) + 1
    return value


def entries(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def tb_entry(tb):
    code = tb.tb_frame.f_code
    back = tb.tb_frame.f_back
    names = sorted(k for k, v in tb.tb_frame.f_locals.items() if isinstance(v, (int, str)))
    return (code.co_name, tb.tb_lineno - code.co_firstlineno,
            tb.tb_frame.f_lineno - code.co_firstlineno, tb.tb_lasti >= 0,
            None if back is None else back.f_code.co_name,
            tuple((k, tb.tb_frame.f_locals[k]) for k in names if k != "e"))


def describe(e):
    return [tb_entry(tb) for tb in entries(e.__traceback__)]


def loop(n):
    log = []
    total = 0
    table = {i: i for i in range(0, n, 3)}
    for i in range(n):
        text = str(i) if i % 4 else "x%d" % i
        try:
            total += parse(text)
        except ValueError as e:
            total += 1
            if i % 97 == 0:
                log.append(("parse", str(e), type(e.__context__).__name__,
                            sys.exc_info()[0].__name__, describe(e)))
        try:
            total += deeper(text, i)
        except ValueError as e:
            total += 3
            if i % 101 == 0:
                log.append(("deeper", describe(e)))
        try:
            total += fetch(table, i)
        except KeyError as e:
            total += 2
            if i % 89 == 0:
                log.append(("fetch", describe(e), e.args))
        try:
            total += build(text if i % 3 else "y")
        except ValueError as e:
            total += 5
            if i % 91 == 0:
                log.append(("build", describe(e)))
        # Raised while another exception is handled: __context__.
        try:
            raise Odd(i)
        except Odd:
            try:
                parse(text if i % 5 == 0 else "1")
            except ValueError as e:
                total += 7
                if i % 83 == 0:
                    log.append(("context", repr(e.__context__), describe(e)))
    return total, log


for rounds in range(3):
    total, log = loop(4000)
    print(total, len(log))
    for entry in log:
        print(entry)
