# `while queue:` and `len(queue)` of an exact collections.deque in traces
# (recorder.ts lengthOp: deque_len reads its length, no call of isTrue or
# len): the length as it changes in the loop — appends, pops at both ends,
# a maxlen dropping items — and a subclass's own __len__/__bool__, which
# the trace must call.
from collections import deque


def drain(n):
    ready = deque(range(n))
    seen = 0
    total = 0
    while ready:
        item = ready.popleft()
        seen += 1
        total += item
        if item % 3 == 0 and item < n:
            ready.append(item + n)  # the loop goes on longer
    return seen, total, len(ready)


print(drain(3000))


def lengths(n):
    window = deque(maxlen=7)
    sizes = 0
    for i in range(n):
        window.append(i)
        if i % 5 == 0:
            window.pop()
        if i % 11 == 0 and window:
            window.popleft()
        sizes += len(window)
    return sizes, list(window)


print(lengths(3000))


class Counted(deque):
    def __len__(self):
        return 2 * deque.__len__(self)


class NeverEmpty(deque):
    def __bool__(self):
        return True


def mixed(queues, rounds):
    out = []
    total = 0
    for r in range(rounds):
        q = queues[r % len(queues)]
        q.append(r)
        if len(q) > 5:
            q.popleft()
        total += len(q)
        out.append((len(q), bool(q), type(q).__name__))
    return total, out[-6:]


print(mixed([deque(), Counted(), deque([1, 2])], 3000))


def until_true(rounds):
    count = 0
    for r in range(rounds):
        q = NeverEmpty() if r % 4 == 0 else deque()
        steps = 0
        while q and steps < 3:
            steps += 1
        count += steps
    return count


print(until_true(3000))
