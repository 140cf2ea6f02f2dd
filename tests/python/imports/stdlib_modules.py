# Pure-Python standard-library modules loaded from the stdlib path.
import sys
import keyword
import heapq
import bisect

print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5])
print(keyword.__name__, keyword.__package__ == "", keyword.__file__.endswith("keyword.py"))
print(keyword.__spec__.origin == keyword.__file__, sys.modules["keyword"] is keyword)

heap = []
for value in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, value)
print([heapq.heappop(heap) for _ in range(len(heap))])
print(heapq.nlargest(3, [4, 1, 7, 3, 8]), heapq.nsmallest(2, [4, 1, 7, 3, 8]))

data = [1, 3, 3, 5, 8]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3))
bisect.insort(data, 4)
print(data)

from keyword import kwlist, softkwlist
print(softkwlist)
