# Exceptions raised inside a compiled loop (a dict's missing key in an
# inlined callee, an exception escaping an inlined callee) leave the trace
# without a JS throw (jit/trace_raises.ts, jit/resume.ts calleeRaise); the
# handlers, tracebacks and __context__ must be the interpreter's.
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


def plain(table, key):
    return table[key]


def caught_in_callee(n):
    table = {i: i * i for i in range(0, n, 3)}
    found = missing = 0
    for i in range(n):
        try:
            found += lookup(table, i) & 0xFF
        except NotFound as e:
            missing += e.key & 1
            assert e.__cause__ is None and e.__suppress_context__
            assert type(e.__context__) is KeyError and e.__context__.args == (i,)
    return found, missing


def caught_in_loop(n):
    table = {i: i for i in range(0, n, 2)}
    total = misses = 0
    last = None
    for i in range(n):
        try:
            total += plain(table, i)
        except KeyError as e:
            misses += 1
            last = e
    tb = last.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return total, misses, last.args, names


def missing_in_loop_frame(n):
    table = {i: -i for i in range(0, n, 4)}
    total = misses = 0
    for i in range(n):
        try:
            total += table[i]
        except KeyError as e:
            misses += e.args[0] % 3
    return total, misses


class Defaulting(dict):
    def __missing__(self, key):
        if key % 10 == 9:
            raise LookupError("no default for %d" % key)
        return key * 100


def subclass_missing(n):
    table = Defaulting({0: 1})
    total = errors = 0
    for i in range(n):
        try:
            total += plain(table, i)
        except LookupError:
            errors += 1
    return total, errors


armed = False


class BadKey:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        if armed and self.value == 250:
            raise ValueError("unhashable today")
        return hash(self.value)

    def __eq__(self, other):
        return isinstance(other, BadKey) and other.value == self.value


def failing_hash(n):
    global armed
    armed = False
    table = {BadKey(i): i for i in range(0, n, 2)}
    armed = True
    seen = []
    for i in range(n):
        try:
            plain(table, BadKey(i))
        except KeyError:
            pass
        except ValueError as e:
            seen.append((i, str(e)))
    return seen


def outer(table, key):
    try:
        return plain(table, key) + 1
    except KeyError:
        return -1


def through(table, key):
    return plain(table, key) * 2


def two_levels(n):
    table = {i: i for i in range(0, n, 3)}
    total = misses = 0
    for i in range(n):
        total += outer(table, i)
        try:
            total += through(table, i)
        except KeyError as e:
            misses += 1
            assert e.__traceback__.tb_next.tb_frame.f_code.co_name == "through"
    return total, misses


def escapes(n):
    table = {i: i for i in range(n - 1)}
    total = 0
    for i in range(n):
        total += lookup(table, i)
    return total


PROGRAMS = [caught_in_callee, caught_in_loop, missing_in_loop_frame, subclass_missing, two_levels]
for _ in range(2):
    print([program(3000) for program in PROGRAMS], failing_hash(600))
try:
    escapes(3000)
except NotFound:
    traceback.print_exc()
escapes(2500)
