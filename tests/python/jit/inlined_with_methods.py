# A `with` block's __enter__ and __exit__ (Python methods of the manager's
# class) and calls of bound methods held in variables, in hot loops: the
# JIT inlines them. Their results, exceptions (raised in __enter__, in the
# body, in __exit__), tracebacks and a class whose methods change mid-loop
# must be the interpreter's.
import sys
import traceback


class Counter:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        if self.log[0] == 1500:
            raise ValueError("enter failed at %d" % self.log[0])
        return self.log[0]

    def __exit__(self, kind, value, tb):
        self.log[1] += 1
        if kind is KeyError:
            return True
        if self.log[1] == 1700:
            raise RuntimeError("exit failed")
        return False


def run(n):
    log = [0, 0]
    total = 0
    errors = []
    for i in range(n):
        try:
            with Counter(log) as entered:
                total += entered & 7
                if i % 3 == 0:
                    raise KeyError(i)
                if i % 11 == 0:
                    raise IndexError(i)
        except IndexError as e:
            total += 1
        except (ValueError, RuntimeError) as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            errors.append((type(e).__name__, str(e), i, lines, repr(e.__context__)))
    return total, log, errors


print(run(3000))


class Adder:
    def __init__(self, k):
        self.k = k

    def add(self, x):
        return x + self.k


def bound_calls(n):
    a = Adder(3)
    add = a.add
    s = 0
    for i in range(n):
        s += add(i)
        if i == 2000:
            Adder.add = lambda self, x: x * 2
            add = a.add
    return s


print(bound_calls(4000))


class Swapping:
    def __enter__(self):
        return "first"

    def __exit__(self, *exc):
        return None


def swap(n):
    out = []
    for i in range(n):
        with Swapping() as v:
            if i % 1000 == 0:
                out.append(v)
        if i == 2500:
            Swapping.__enter__ = lambda self: "second"
    return out


print(swap(5000))


def deep():
    frames = []
    class Peek:
        def __enter__(self):
            frames.append(sys._getframe(1).f_lineno)
            return self

        def __exit__(self, kind, value, tb):
            frames.append(kind)
            return False

    for i in range(2500):
        with Peek():
            pass
    return frames[:4], len(frames)


print(deep())


def failing_exit(n):
    class Bad:
        def __enter__(self):
            return self

        def __exit__(self, kind, value, tb):
            if self.i == n - 1:
                1 / 0
            return False

    b = Bad()
    try:
        for i in range(n):
            b.i = i
            with b:
                pass
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)


failing_exit(3000)


class BaseManager:
    def __enter__(self):
        return 1

    def __exit__(self, kind, value, tb):
        return False


class Derived(BaseManager):
    pass


def rebinding_base(n):
    seen = []
    m = Derived()
    for i in range(n):
        with m as v:
            pass
        if i % 700 == 0:
            seen.append(v)
        if i == 2100:
            BaseManager.__enter__ = lambda self: 2
        if i == 2800:
            BaseManager.__exit__ = lambda self, *exc: seen.append("exit") or False
    return seen[:12], len(seen)


print(rebinding_base(3000))
