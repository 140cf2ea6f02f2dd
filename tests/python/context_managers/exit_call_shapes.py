# `with` calls __exit__ as a bound method with (None, None, None) or the
# exception: the eval loop binds Python functions by copying, so every shape
# of __exit__ must still get the same arguments, defaults and errors.
class Plain:
    def __enter__(self):
        return "entered"

    def __exit__(self, kind, value, tb):
        print("  exit", kind.__name__ if kind else None, repr(value), tb is not None)
        return False


class Defaults:
    def __enter__(self, extra="default"):
        return extra

    def __exit__(self, kind, value, tb, more="more"):
        print("  exit with", more)


class Star:
    def __enter__(self, *args):
        return args

    def __exit__(self, *args):
        print("  star", len(args), args[0])
        return True


class Static:
    @staticmethod
    def __enter__():
        return "static enter"

    @staticmethod
    def __exit__(kind, value, tb):
        print("  static exit", kind)


class TooFew:
    def __enter__(self):
        return self

    def __exit__(self, kind, value):
        return False


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, KeyError)


class CallableExit:
    class Exit:
        def __get__(self, obj, owner):
            return lambda *a: print("  callable exit", a[0])

    __exit__ = Exit()

    def __enter__(self):
        return 1


for manager in [Plain(), Defaults(), Star(), Static(), CallableExit()]:
    print(type(manager).__name__)
    with manager as value:
        print("  body", value)
    try:
        with manager:
            raise ValueError("boom")
    except ValueError as e:
        print("  propagated", e)

try:
    with TooFew():
        pass
except TypeError as e:
    print("TypeError", e)

with Suppress():
    {}["missing"]
print("suppressed")


def nested():
    log = []
    with Plain() as a, Defaults() as b:
        log.append((a, b))
        with Suppress():
            raise KeyError("inner")
    return log


print(nested())


class Reentrant:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self.depth

    def __exit__(self, *exc):
        self.depth -= 1


r = Reentrant()
with r as one:
    with r as two:
        print("depths", one, two)
print("after", r.depth)
