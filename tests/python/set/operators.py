a = {1, 2, 3, 4}
b = {3, 4, 5}
fa = frozenset(a)
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, a <= a, {1} < a, a > {1, 2}, a >= a, a == fa, fa == a)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, type(fa & {1}).__name__, type(a - fa).__name__, fa ^ frozenset([9]))
print(a.union([9], (8,)), a.intersection(range(3), [1, 2]), a.difference("ab", [1]), a.symmetric_difference([4, 7]), a.union(), a.intersection())
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9]), a.isdisjoint(iter([1])), fa.issubset(a), fa.union("a") >= fa)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 99}
print(c)
c.update([5], {6})
c.intersection_update(range(100), [5, 6, 10, 99])
c.difference_update([5])
c.symmetric_difference_update([6, 7])
print(c)
for bad in ["a | [1]", "a & 'x'", "a - (1,)", "a ^ None", "a < [1]", "a.union(1)", "a.issubset(1)", "a.isdisjoint(None)",
            "fa |= [1]", "a.__ior__([1])", "{[]}", "set([[]])", "a.add([])", "{1} < 1", "frozenset([{}])", "a in a", "[] in a"]:
    try:
        print(eval(bad) if "=" not in bad else exec(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(set.__or__(a, [1]), a.__and__(1), set.__sub__(a, b), a.__rxor__({9}), frozenset.__or__(fa, {0}))
print({1, 2} == {2, 1}, {1} != {1.0}, set() == frozenset(), {frozenset({1})} == {frozenset([1])}, {1, 2} < {1, 2, 3} < {1, 2, 3, 4})
print(set() < set(), sorted({"x", "y"} | {"z"}), len(set(range(1000)) & set(range(500, 1500))), {0, False, 0.0}, {True, 1, 1.0})
