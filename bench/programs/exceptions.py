# Exception-heavy control flow: raising and catching in loops, a small
# exception hierarchy, try/finally, context managers, chained exceptions,
# EAFP dictionary and attribute lookups, StopIteration from next().
from _bench import main


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, "missing %r" % (key,))
        self.key = key


class Invalid(AppError):
    pass


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is Invalid:
            self.log[1] += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise Invalid(text) from e


def kernel(n):
    table = {i: i * i for i in range(0, n, 3)}
    found = missing = invalid = chained = finals = 0
    log = [0, 0]
    for i in range(n):
        try:
            found += lookup(table, i) & 0xFF
        except NotFound as e:
            missing += e.key & 1
        try:
            parse("x%d" % i if i % 4 == 0 else str(i))
        except Invalid as e:
            if isinstance(e.__cause__, ValueError):
                chained += 1
            invalid += 1
        finally:
            finals += 1
        with Guard(log):
            if i % 5 == 0:
                raise Invalid(i)
        try:
            try:
                if i % 7 == 0:
                    raise ZeroDivisionError
                getattr(table, "no_such_attribute")
            except AttributeError:
                raise AppError("wrapped")
        except AppError as e:
            found += e.__context__ is not None
        except ArithmeticError:
            found += 2
    it = iter(range(n // 10))
    exhausted = 0
    while True:
        try:
            next(it)
        except StopIteration:
            exhausted += 1
            break
    return found, missing, invalid, chained, finals, log, exhausted


main(kernel, 100000, 3000, iterations=5)
