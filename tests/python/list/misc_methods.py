n = float("nan")
l = [n, 1, n]
print(l.count(n), l.index(n), n in l, l == l, l.count(float("nan")), [n].index(n), l.remove(n), l)
x = [1, [2, 3], {"k": [4]}]
y = x.copy()
y[1].append(99)
y[0] = "changed"
print(x, y, x[1] is y[1])
import copy
z = copy.deepcopy(x)
z[1].append(100)
print(x[1], z[1], copy.copy(x) == x)
a = [3, 1, 2]
b = sorted(a)
a.sort(key=lambda v: -v)
print(a, b, a.reverse(), a, list(reversed(a)), a[::-1] == list(reversed(a)))
big = list(range(10))
del big[2:8:2]
big[1:3] = []
print(big, big.index(9), big.pop(-2), big, big.insert(-1, "x"), big)
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
    def __repr__(self):
        return f"Box({self.v})"
boxes = [Box(1), Box(2), Box(1)]
print(boxes.count(Box(1)), boxes.index(Box(2)), Box(3) in boxes, boxes.remove(Box(1)), boxes)
print(list.__len__([1, 2]), list.count([1, 1], 1), list.__contains__([1], 1), list.__getitem__([5, 6], -1), [].__class__.__name__, list.__mro__)
print([i for i in range(3)] + list("ab") + list((1,)) + list({1: 2}.items()), [None] * 2 + [[]] * 2)
