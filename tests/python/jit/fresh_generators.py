# Generators consumed by `for` loops inside traced loops: fresh (not yet
# started) generators, generators that finish inside the loop, the state a
# finished generator is left in, and generators started, partly consumed,
# closed or resumed by hand around the traced loops.
import sys


def pairs(row):
    for i in range(len(row) - 1):
        yield row[i], row[i + 1]


def counted(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return "done"  # (a for loop drops the return value)


def with_finally(n, log):
    try:
        for i in range(n):
            yield i * 2
    finally:
        log.append(n)


def nested_sum(rows):
    total = 0
    for row in rows:
        for a, b in pairs(row):
            total += a * b
    return total


def finished_state(n):
    states = []
    for k in range(n):
        g = counted(k % 4)
        last = None
        for v in g:
            last = v
        if k % 250 == 0:
            try:
                next(g)
            except StopIteration as e:
                states.append((last, e.value, g.gi_frame, g.gi_running))
    return states


def logged(n):
    log = []
    total = 0
    for k in range(n):
        for v in with_finally(k % 5, log):
            total += v
    return total, len(log), sum(log)


def started_by_hand(n):
    total = 0
    for k in range(n):
        g = counted(k % 6 + 1)
        total += next(g)  # started before the loop takes it
        for v in g:
            total += v
    return total


def broken_off(n):
    kept = []
    for k in range(n):
        g = counted(5)
        for v in g:
            if v >= 3:
                break
        if k % 300 == 0:
            kept.append((v, g.gi_frame.f_locals["i"], next(g)))
            g.close()
            kept.append(g.gi_frame)
    return kept


def depth_of_frames(n):
    def probe():
        yield sys._getframe(0).f_back.f_code.co_name
    names = set()
    for _ in range(n):
        for name in probe():
            names.add(name)
    return sorted(names)


rows = [list(range(k % 7 + 2)) for k in range(3000)]
for _ in range(2):
    print(nested_sum(rows))
    print(finished_state(1000))
    print(logged(2000))
    print(started_by_hand(2000))
    print(broken_off(1200))
    print(depth_of_frames(1500))
