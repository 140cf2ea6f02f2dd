# `while todo:` over lists and tuples, and `not` of bools and ints, in traces;
# a loop that runs short for a long time and then long (its trace, dropped as
# unprofitable while short, is recorded again).


def drain(items):
    todo = list(items)
    total = 0
    while todo:
        total += todo.pop()
    return total


print("drain", drain(range(3000)), drain([]), drain([5]))


class Sized(list):
    def __bool__(self):
        return len(self) > 2


def drain_sized(n):
    todo = Sized(range(n))
    count = 0
    while todo:
        todo.pop()
        count += 1
    return count, list(todo)


print("sized", drain_sized(3000))


def tuples(n):
    pair = (1, 2)
    empty = ()
    hits = 0
    for i in range(n):
        current = pair if i % 3 else empty
        if current:
            hits += current[0]
        if not current:
            hits -= 1
    return hits


print("tuples", tuples(3000))


def nots(n):
    flags = [True, False, 0, 1, -5, None, "", "x", [], [0], 0.0, 2.5]
    counts = [0] * len(flags)
    for i in range(n):
        k = i % len(flags)
        if not flags[k]:
            counts[k] += 1
        b = i % 7 == 0
        if not b:
            counts[0] += 2
        counts[1] += not (i & 3)
    return counts


print("nots", nots(6000))


class Truthy:
    def __init__(self, answer):
        self.answer = answer

    def __bool__(self):
        return self.answer


def objects(n):
    values = [Truthy(True), Truthy(False), True, 3]
    total = 0
    for i in range(n):
        total += not values[i % 4]
    return total


print("objects", objects(4000))


class Queue:
    def __init__(self):
        self.items = []


def walk(start, links):
    todo = [start]
    seen = 0
    while todo:
        node = todo.pop()
        seen += 1
        todo.extend(links.get(node, ()))
    return seen


def short_then_long():
    results = []
    for k in range(4000):  # short walks: one node each
        results.append(walk(k, {}))
    chain = {i: (i + 1,) for i in range(50000)}
    results.append(walk(0, chain))
    results.append(walk(0, chain))
    return sum(results), results[-1]


print("short then long", short_then_long())


# Truth and len() of strs, dicts and sets (and their subclasses, wide strs).
class Dict(dict):
    def __len__(self):
        return 42


def sizes(n):
    words = ["", "a", "😀", "ab", "\ud800x"]
    d, s, fs = {}, set(), frozenset([1, 2])
    sub = Dict()
    total = 0
    for i in range(n):
        w = words[i % len(words)]
        if not w:
            total += 1
        if w:
            total += len(w) * 2
        if d:
            total += len(d)
        if s:
            total += len(s)
        total += len(fs) + (3 if fs else 0) + len(sub) + (5 if sub else 0)
        if i % 3 == 0:
            d[i % 7] = i
            s.add(i % 11)
        if i % 50 == 0:
            d.clear()
            s.discard(0)
    return total, len(d), len(s)


print(sizes(4000))
