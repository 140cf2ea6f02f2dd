a = {1, 2, 3}
b = a
a |= {4}
a &= {1, 2, 4, 5}
a -= {9}
a ^= {1}
print(a, b is a, a)
c = frozenset([1, 2])
d = c
c |= {3}
print(c, d, c is d, type(c).__name__)
for left, right in [({1}, {1, 2}), ({1, 2}, {1}), ({1}, {1}), ({1}, {2}), (set(), set()), (set(), {1}), ({1, 2}, frozenset([1, 2]))]:
    print(left, right, left < right, left <= right, left > right, left >= right, left == right, left != right, left.issubset(right), left.issuperset(right))
print({1, 2} == [1, 2], {1} != "1", set() == frozenset(), frozenset() == set(), {frozenset()} == {frozenset()})
print(set.issubset({1}, [1, 2]), {1}.issuperset(range(1)), set().isdisjoint(set()), {1, 2}.isdisjoint([3, 1]))
s = set(range(10))
s.difference_update(range(0, 10, 2), [1])
print(s)
s.intersection_update({3, 5, 7, 100}, [3, 7])
print(s)
s.symmetric_difference_update([7, 8, 9, 8])
print(s, s.union(), s.intersection(), s.difference(), s.copy() == s)
e = set()
for x in [3, 1, 3, 2, 1]:
    e.add(x)
print(e, len(e), e.pop() in (1, 2, 3), len(e))
print(set([1, 2]) | set([2, 3]) & set([3, 4]) ^ set([5]) - set([5, 1]))
