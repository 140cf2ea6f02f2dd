"""Python idioms session 16 taught the JIT, each timed in-process (ms, the
best of three runs after a warm-up), for Taipan against CPython:

    ./taipan bench/micro/jit_idioms.py
    /usr/bin/python3.11 bench/micro/jit_idioms.py

docs/jit.md quotes its figures.
"""
import time


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x


def method_through_local(n):
    add = Counter().add
    for i in range(n):
        add(i)


def append_through_local(n):
    out = []
    app = out.append
    for i in range(n):
        app(i)


def empty_containers(n):
    t = 0
    for i in range(n):
        t += len(set()) + len(dict()) + len(list())
    return t


def walk(value):
    if isinstance(value, dict):
        return sum(walk(v) for v in value.values()) + len(value)
    if isinstance(value, list):
        return sum(walk(v) for v in value) + 1
    if isinstance(value, str):
        return len(value)
    if value is None or isinstance(value, bool):
        return 1
    return int(value) & 0xFF


DOCUMENT = [{"id": i, "name": "n%d" % i, "tags": ["a", str(i)], "v": [i, 2.5, None, True],
             "sub": {"x": i, "y": [1, 2, 3]}} for i in range(4000)]


def best(kernel, *args):
    kernel(*args)  # (warm-up: traces compiled)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        kernel(*args)
        times.append(time.perf_counter() - started)
    return round(min(times) * 1000, 1)


print("method through a local, 420k calls:", best(method_through_local, 420000))
print("list.append through a local, 420k calls:", best(append_through_local, 420000))
print("set(), dict(), list(), 420k iterations:", best(empty_containers, 420000))
print("isinstance walk of a 4000-record document:", best(walk, DOCUMENT))

# A module-level loop: it assigns its globals (i, acc) at every iteration.
times = []
for _ in range(4):
    started = time.perf_counter()
    acc = 0
    for i in range(600000):
        acc += len("abcd") + abs(-i) + min(i, 3)
    times.append(time.perf_counter() - started)
print("module-level loop calling builtins, 600k iterations:", round(min(times[1:]) * 1000, 1))
