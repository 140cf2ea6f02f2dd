# heapq and bisect over tuple entries: ints and identical items are compared
# without Python code; every other item goes through the rich comparison,
# which must see the same calls and give the same order and errors.
import bisect
import heapq

calls = []


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return self.v < other.v

    def __eq__(self, other):
        calls.append(("eq", self.v, other.v))
        return self.v == other.v

    def __repr__(self):
        return f"K{self.v}"


class Opaque:
    pass


# ints, then a tie broken by a sequence number, never reaching the payload
h = []
for i, when in enumerate([5, 3, 5, 1, 3, 9, 0, 3]):
    heapq.heappush(h, (when, i, Opaque()))
print([heapq.heappop(h)[:2] for _ in range(len(h))])

# a tie on every int: the comparison reaches the objects, which have no order
h = [(1, 2, Opaque())]
try:
    heapq.heappush(h, (1, 2, Opaque()))
except TypeError as e:
    print("TypeError", e)

# identical payloads are equal by identity: no __eq__ call, length decides
shared = Key(0)
calls.clear()
h = []
heapq.heappush(h, (1, shared, 3))
heapq.heappush(h, (1, shared))
print(h, calls)

# user keys after an int prefix: __eq__ then __lt__, as the rich comparison calls them
calls.clear()
h = []
for v in [3, 1, 2]:
    heapq.heappush(h, (0, Key(v)))
print([heapq.heappop(h) for _ in range(3)], calls)

# mixed kinds: bool and int compare as numbers, floats, big ints, strs, None
h = []
for item in [(True, "b"), (0, "a"), (1, "a"), (2.5, "f"), (2 ** 80, "big"), (-(2 ** 80), "neg"),
             (1.0, "c"), (False, "z")]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappush([(1, None)], (1, 2))
except TypeError as e:
    print("TypeError", e)
h = []
for item in [("b", 1), ("a", 2), ("a", 1), ("\U0001f600", 0), ("\uffff", 0)]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))])

# a nan float as payload: not identical, so the rich comparison decides
nan = float("nan")
h = [(1, nan)]
heapq.heappush(h, (1, nan))
heapq.heappush(h, (1, float("nan")))
print(len(h), [str(x[1]) for x in h])

# tuple subclasses go through their own comparison
class Reversed(tuple):
    def __lt__(self, other):
        return tuple(self) > tuple(other)


h = []
for v in [1, 3, 2]:
    heapq.heappush(h, Reversed((v,)))
print([tuple(heapq.heappop(h)) for _ in range(3)])

# prefixes: the shorter tuple is smaller
h = []
for item in [(1, 2, 3), (1, 2), (1,), (), (0, 5)]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))])

# bisect shares the comparison
entries = [(1, "a"), (2, "b"), (2, "d"), (5, "e")]
print(bisect.bisect_left(entries, (2, "c")), bisect.bisect_right(entries, (2,)),
      bisect.bisect(entries, (2, "d")))
print(heapq.nsmallest(2, [(3, 1), (1, 2), (2, 3)]), heapq.merge([(1, 1)], [(0, 2)]).__next__())
