# A bare `raise` in a handler, in loops the JIT records: the handled
# exception goes on to the next handler of the frame with no new traceback
# entry, its __context__ untouched. Tracebacks, sys.exc_info(), nested
# handlers (the raise re-raises the outer one after an inner handler ended),
# `except ... as e` and a re-raise that leaves the function are CPython's.
import sys
import traceback


class AppError(Exception):
    pass


def simple(n):
    cleanups = caught = 0
    for i in range(n):
        try:
            try:
                raise AppError(i)
            except AppError:
                cleanups += 1
                raise
        except AppError as e:
            caught += e.args[0] & 1
    return cleanups, caught


def with_traceback(n):
    for i in range(n):
        try:
            try:
                if i % 3:
                    raise KeyError(i)
                {}[i]
            except KeyError:
                raise
        except KeyError:
            if i == n - 1:
                return [line.strip() for line in traceback.format_exc().splitlines()]


def nested(n):
    seen = []
    for i in range(n):
        try:
            try:
                raise AppError("outer", i)
            except AppError:
                try:
                    raise ValueError(i)
                except ValueError:
                    pass
                raise
        except AppError as e:
            if i % 1000 == 0:
                seen.append((e.args, e.__context__, sys.exc_info()[0].__name__))
    return seen


def named(n):
    count = 0
    for i in range(n):
        try:
            try:
                raise AppError(i)
            except AppError as e:
                count += e.args[0] % 2
                raise
        except AppError as e:
            count += 1
    return count, "e" in dir()


def context_kept(n):
    out = []
    for i in range(n):
        try:
            try:
                try:
                    raise KeyError(i)
                except KeyError:
                    raise AppError(i)
            except AppError:
                raise
        except AppError as e:
            if i % 1000 == 999:
                out.append((type(e.__context__).__name__, e.__context__.args, e.__suppress_context__))
    return out


def helper(i):
    try:
        raise AppError(i)
    except AppError:
        raise


def escaping(n):
    total = 0
    for i in range(n):
        try:
            helper(i)
        except AppError as e:
            total += e.args[0]
            if i == n - 1:
                tb = traceback.extract_tb(e.__traceback__)
                total = (total, [(f.name, f.line) for f in tb])
    return total


def switching(n):
    # The raise re-raises a KeyError first, then an IndexError.
    kinds = {}
    for i in range(n):
        try:
            try:
                if i < n // 2:
                    {}[i]
                [][i]
            except LookupError:
                raise
        except LookupError as e:
            kinds[type(e).__name__] = kinds.get(type(e).__name__, 0) + 1
    return sorted(kinds.items())


print(simple(3000))
print(with_traceback(3000))
print(nested(3000))
print(named(3000))
print(context_kept(3000))
print(escaping(3000))
print(switching(3000))
