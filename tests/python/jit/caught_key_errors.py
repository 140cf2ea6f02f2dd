# A dict subscript inside a try whose key is missing when the trace is
# recorded: the trace catches the KeyError itself (record_exceptions.ts,
# recorder.ts binarySubscr). The exception, its traceback lines, its
# __context__ and __cause__ must be the interpreter's, hits and misses mixed.
import traceback


class NotFound(Exception):
    def __init__(self, key):
        Exception.__init__(self, "missing %r" % (key,))
        self.key = key


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def lookup_default(table, key):
    try:
        return table[key]
    except KeyError as e:
        return -len(e.args) - key


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name + ":" + str(tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out


def eafp_function(n):
    table = {i: i * i for i in range(0, n, 3)}
    found = missing = 0
    shapes = set()
    for i in range(1, n):  # (1: the first call misses)
        try:
            found += lookup(table, i)
        except NotFound as e:
            missing += e.key
            shapes.add((str(e) == "missing %r" % (i,), e.__cause__ is None, e.__suppress_context__,
                        type(e.__context__).__name__, tuple(lines(e.__traceback__))))
        found += lookup_default(table, i)
    return found, missing, sorted(shapes)


def eafp_loop(n):
    table = {i: i for i in range(0, n, 4)}
    total = 0
    seen = []
    for i in range(1, n):
        try:
            total += table[i]
        except KeyError as e:
            total -= 1
            if i < 12 or i > n - 4:
                seen.append((e.args, lines(e.__traceback__)))
    return total, seen


def odd_keys(n):
    # A key the recording did not see: unhashable (TypeError) and a str.
    table = {1: "one"}
    out = []
    keys = [2, 3, 1, [4], "x", 5, 1]
    for i in range(n):
        key = keys[i % len(keys)]
        try:
            out.append(table[key])
        except KeyError as e:
            out.append("k" + repr(e.args))
        except TypeError as e:
            out.append("t" + str(e))
    return out[-len(keys):], len(out)


class Loud(dict):
    def __missing__(self, key):
        return "loud %r" % (key,)


def subclass(n):
    d = Loud()
    out = []
    for i in range(n):
        try:
            out.append(d[i % 3] if i % 2 else {}[i])
        except KeyError as e:
            out.append(e.args)
    return out[-4:]


for n in (50, 4000):
    print(eafp_function(n))
    print(eafp_loop(n))
    print(odd_keys(n))
    print(subclass(n))
try:
    lookup({}, "k")
except NotFound:
    print(traceback.format_exc().splitlines()[-1])
