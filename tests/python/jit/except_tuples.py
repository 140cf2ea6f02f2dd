# `except (A, B):` in loops the JIT records: CHECK_EXC_MATCH of a tuple the
# trace builds from guarded globals is decided by the exception's class
# (guarded), as a single class is. The exceptions that match, those that
# do not (caught further out), subclasses, a tuple held in a variable and a
# tuple with a non-exception class behave as in CPython.


class AppError(Exception):
    pass


class Missing(AppError, KeyError):
    pass


def lookups(n):
    table = {i: i for i in range(0, n, 3)}
    items = list(range(n // 2))
    found = caught = 0
    for i in range(n):
        try:
            if i % 2:
                found += table[i]
            else:
                found += items[i]
        except (KeyError, IndexError) as e:
            caught += 1 + (type(e) is IndexError)
    return found, caught


def outer(n):
    kinds = {}
    for i in range(n):
        try:
            try:
                if i % 5 == 0:
                    raise ValueError(i)
                if i % 5 == 1:
                    raise Missing(i)
                if i % 5 == 2:
                    {}[i]
                [][i]
            except (KeyError, AppError) as e:
                name = "inner " + type(e).__name__
        except (ValueError, IndexError) as e:
            name = "outer " + type(e).__name__
        kinds[name] = kinds.get(name, 0) + 1
    return sorted(kinds.items())


def from_variable(n):
    errors = (KeyError, IndexError)
    count = 0
    for i in range(n):
        try:
            raise (KeyError if i % 2 else IndexError)(i)
        except errors:
            count += 1
    return count


def not_classes(n):
    messages = []
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except (ValueError, int):
                pass
        except TypeError as e:
            messages.append(str(e))
        except KeyError:
            messages.append("KeyError")
    return len(messages), sorted(set(messages))


def matched_later(n):
    # The first recorded iterations raise KeyError; later ones IndexError.
    seen = []
    for i in range(n):
        try:
            if i < n // 2:
                {}[i]
            else:
                [][i]
        except (KeyError, IndexError) as e:
            if i % 600 == 0:
                seen.append(type(e).__name__)
    return seen


print(lookups(3000))
print(outer(3000))
print(from_variable(3000))
print(not_classes(300))
print(matched_later(3000))
