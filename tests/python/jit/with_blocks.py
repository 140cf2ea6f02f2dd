# `with` blocks inside traced loops: __enter__/__exit__ called as in the
# interpreter, exceptions inside the block handed to __exit__ (suppressed or
# not), and the loop's state right afterwards.
import contextlib


class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.suppressed = 0

    def __enter__(self):
        self.entered += 1
        return self.entered

    def __exit__(self, kind, value, tb):
        self.exited += 1
        if kind is ZeroDivisionError:
            self.suppressed += 1
            return True
        return False


def run(n):
    c = Counter()
    total = 0
    for i in range(n):
        with c as k:
            total += k % 7
            if i % 1000 == 999:
                total += 1 // 0  # suppressed by __exit__
    return total, c.entered, c.exited, c.suppressed


print(run(3000))


@contextlib.contextmanager
def tagged(log, tag):
    log.append(tag)
    yield tag
    log.append(-tag)


def generator_managers(n):
    log = []
    for i in range(n):
        with tagged(log, i % 5) as t:
            pass
    return len(log), sum(log)


print(generator_managers(2000))


def leaking(n):
    c = Counter()
    for i in range(n):
        with c:
            if i == n - 5:
                raise KeyError(i)  # not suppressed: leaves the loop


try:
    leaking(3000)
except KeyError as e:
    print("KeyError", e)
