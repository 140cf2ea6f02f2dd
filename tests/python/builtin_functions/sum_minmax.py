print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, 1.0, -1e100]), sum([1e16, 1.0, 1.0]))
print(sum([0.1, 0.2, 0.3], 0.0), sum([1, 2, 3.5]), sum([1.5, 2, 3]), sum([2**53, 1, 1.0]), sum([1.0, 2**53, 1]), sum(range(10), 0.5))
print(sum([True] * 5), type(sum([True, True])).__name__, sum([], start=[]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1j, 2.5, 1]))
print(sum(x / 10 for x in range(10)), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([2**64, 2**64, -(2**65)]), sum([10**20, 0.5]), sum([0.5, 10**20]), sum([1, 2], start=10**30))
class A:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return A(other + self.v) if isinstance(other, int) else NotImplemented
    def __add__(self, other):
        return A(self.v + (other.v if isinstance(other, A) else other))
print(sum([A(1), A(2)]).v, sum([A(5)], A(1)).v)
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 3)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), max(data), min(data), max([1, 1.0, True]), min([1, 1.0, True]))
print(max("abc", "abd", key=len), min([], default="none"), max([[1, 2], [1, 3]]), min((3, 1), (2, 9)), max(range(10), key=lambda x: x % 4))
print(max(iter([3, 5, 4])), min(x * x for x in [-3, 2]), max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), min("hello world"))
for bad in ["max([1], key=lambda x: x, default=1, other=2)", "min(1, 2, default=0)", "max()", "min([None, 1])", "max(key=len)", "max([], key=len)", "sum([1], 'a')", "sum(['a'])"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
