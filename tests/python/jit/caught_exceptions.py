# Loops that raise and catch in their own frame (jit/record_exceptions.ts):
# the exception, its traceback (frames, lines, lasti), __context__,
# __cause__ and sys.exc_info() must be what the interpreter makes, on the
# path the trace recorded and on the paths its guards leave for.
import sys


class AppError(Exception):
    pass


class Invalid(AppError):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no {key}")
        self.key = key


def lookup(table, key):
    try:
        value = table[key]
    except KeyError:
        raise NotFound(key) from None
    return value


def parse(text):
    try:
        number = int(text)
    except ValueError as e:
        raise Invalid(text) from e
    return number


def tb_lines(tb):
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti > 0))
        tb = tb.tb_next
    return lines


class Guard:
    log = []

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.log.append((kind.__name__ if kind else None, str(value) if value else None))
        if tb is not None:
            self.log.append(tb_lines(tb))
        return kind is Invalid


def callee_raises(n):
    return lookup({}, n)


def describe(e):
    """What the program can see of a caught exception, looked at after the loop."""
    return (type(e).__name__, str(e), tb_lines(e.__traceback__),
            type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__,
            tb_lines(e.__cause__.__traceback__) if e.__cause__ is not None else None,
            tb_lines(e.__context__.__traceback__) if e.__context__ is not None else None)


def kernel(n):
    table = {i: i * i for i in range(0, n, 3)}
    kept = []
    log = Guard.log
    found = finals = leaks = 0
    for i in range(n):
        keep = i % 97 < 14
        # A raising callee caught here: its traceback names both frames.
        try:
            found += lookup(table, i) & 0xFF
        except NotFound as e:
            found += e.key & 1
            if keep:
                kept.append(("lookup", i, e, None))
            if i % 1000 == 1:  # (sys.exc_info() makes the recording stop: a rare path)
                kept.append(("exc_info", i, e, sys.exc_info()[1] is e))
        # raise ... from, and finally.
        try:
            parse("x%d" % i if i % 4 == 0 else str(i))
        except Invalid as e:
            if keep:
                kept.append(("parse", i, e, isinstance(e.__cause__, ValueError)))
        finally:
            finals += 1
        # A with block whose __exit__ swallows one kind and not another.
        try:
            with Guard():
                if i % 5 == 0:
                    raise Invalid(i)
                if i % 11 == 0:
                    raise KeyError(i)
        except KeyError as e:
            if keep:
                kept.append(("with", i, e, None))
        # Nested handlers, a bare raise, an exception in a handler, getattr's miss.
        try:
            try:
                if i % 7 == 0:
                    raise ZeroDivisionError(i)
                getattr(table, "no_such_attribute")
            except AttributeError as inner:
                if i % 13 == 0:
                    raise
                raise AppError("wrapped") from (inner if i % 2 else None)
        except AppError as e:
            found += e.__context__ is not None
            if keep:
                kept.append(("app", i, e, None))
        except ArithmeticError as e:
            found += 2
            if keep:
                kept.append(("arith", i, e, None))
        except AttributeError as e:
            if keep:
                kept.append(("attr", i, e, e.name))
        # The handled exception is gone after the handler.
        if i % 1000 == 2 and sys.exc_info()[0] is not None:
            leaks += 1
    # A loop whose callee raises every time, caught, and one that lets it out.
    misses = 0
    for i in range(n):
        try:
            callee_raises(i)
        except AppError as e:
            misses += 1
            last = e
    print("misses", misses, describe(last))
    try:
        for i in range(n):
            try:
                if i == n - 1:
                    raise Invalid("out")
                raise KeyError(i)
            except KeyError:
                pass
    except Invalid as e:
        print("escaped", describe(e))
    # The traceback's frame is the looping frame: its locals are the loop's current ones.
    total = 0
    for i in range(n):
        x = i * 2
        try:
            raise KeyError(i)
        except KeyError as e:
            total += e.__traceback__.tb_frame.f_locals["x"] - x + 1
    print("f_locals", total)
    counts = {}
    for entry in log:
        key = repr(entry)
        counts[key] = counts.get(key, 0) + 1
    return found, finals, leaks, kept, sorted(counts.items())


result = kernel(3000)
print(result[:3])
for what, i, e, extra in result[3]:
    print(what, i, extra, describe(e))
for entry, count in result[4]:
    print(count, entry)
print(sys.exc_info())
