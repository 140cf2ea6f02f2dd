# _heapq: the native heap operations, their order of comparisons (seen by a
# user __lt__), CPython's argument errors and the mutation checks.
import _heapq
import heapq


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ->", r)


print("--- heap operations")
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, v)
print(h)
print([_heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
_heapq.heapify(data)
print(data)
print(_heapq.heapreplace(data, 10), data)
print(_heapq.heappushpop(data, -1), data)
print(_heapq.heappushpop(data, 4), data)
print(_heapq.heappushpop([], 4))
m = [3, 1, 4, 1, 5, 9, 2, 6]
_heapq._heapify_max(m)
print(m)
print(_heapq._heappop_max(m), m)
print(_heapq._heapreplace_max(m, 0), m)
print(_heapq._heappop_max([42]))

print("--- large heapify (cache-friendly order)")
big = [(i * 7919) % 5003 for i in range(5003)]
_heapq.heapify(big)
print(big[:12], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
bigmax = [(i * 31) % 3001 for i in range(3001)]
_heapq._heapify_max(bigmax)
print(bigmax[:8], all(bigmax[(i - 1) // 2] >= bigmax[i] for i in range(1, len(bigmax))))

print("--- comparisons seen by __lt__")
log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


items = [K(v) for v in [4, 2, 6, 1, 3]]
_heapq.heapify(items)
print(items, log)
log.clear()
_heapq.heappush(items, K(0))
print(items, log)
log.clear()
print(_heapq.heappop(items), items, log)
log.clear()
print(_heapq.heappushpop(items, K(5)), log)
log.clear()
_heapq._heapify_max(items)
print(items, log)

print("--- heapq.py uses the native functions")
print(heapq.heappush is _heapq.heappush, heapq.heapify is _heapq.heapify)
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))


class L(list):
    pass


sub = L([3, 2, 1])
_heapq.heapify(sub)
print(type(sub).__name__, sub)

print("--- errors")
attempt(_heapq.heappop, [])
attempt(_heapq._heappop_max, [])
attempt(_heapq.heapreplace, [], 1)
attempt(_heapq._heapreplace_max, [], 1)
attempt(_heapq.heappush, (1,), 2)
attempt(_heapq.heappop, (1,))
attempt(_heapq.heapify, "abc")
attempt(_heapq.heappushpop, None, 1)
attempt(_heapq._heapify_max, {})
attempt(_heapq.heappush, [])
attempt(_heapq.heappush, [], 1, 2)
attempt(_heapq.heappop)
attempt(_heapq.heapify, [], [])
attempt(_heapq.heappop, heap=[])
attempt(_heapq.heappush, [1, "a"], 0)
attempt(_heapq.heapify, [1, "a", 2])


class Shrinker:
    def __init__(self, v, heap=None):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        if self.heap is not None:
            self.heap.clear()
        return self.v < other.v

    def __repr__(self):
        return f"Shrinker({self.v})"


h = [Shrinker(3), Shrinker(1)]
attempt(_heapq.heappush, h, Shrinker(0, h))
h = [Shrinker(1), Shrinker(2), Shrinker(3)]
h[1].heap = h
attempt(_heapq.heappop, h)
