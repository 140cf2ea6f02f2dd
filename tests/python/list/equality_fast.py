# == of exact lists, dicts and floats as containers compare their items
# (hash.ts equalsForKey): identity first, NaN, -0.0, 1 == 1.0, subclasses,
# an __eq__ that mutates a list being compared, and nested documents.
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], [0.0] == [-0.0], [1] == [1.0], [True] == [1])
print({"a": nan} == {"a": nan}, {"a": 1.5} == {"a": 1.5}, {"a": [1, [2.0]]} == {"a": [1, [2]]})
print([[1, 2], (3, 4)] == [[1, 2], (3, 4)], [[1, 2]] == [(1, 2)], [[]] == [[]], [[1]] != [[2]])
class L(list):
    def __eq__(self, other):
        return "L.__eq__"
print([L([1])] == [[1]], [[1]] == [L([2])], [1.5] == [type("F", (float,), {})(1.5)])
class Clearing:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return True
a = [1, 2, 3]
b = [Clearing(a), 2, 3]
print([a] == [b], a, len(b))
c = [0, 1]
d = [Clearing(c), 1]
print(c == d, d == c)
class Appending:
    def __eq__(self, other):
        e.append(9)
        return True
e = [Appending(), 1]
print([e] == [[1, 1]], e[1:])
doc = {"id": 1, "tags": ["x", "y"], "nested": {"depth": [1, [2, [3, None]]], "ratio": 1 / 7}, "empty": {}}
same = {"id": 1, "tags": ["x", "y"], "nested": {"depth": [1, [2, [3, None]]], "ratio": 1 / 7}, "empty": {}}
other = {"id": 1, "tags": ["x", "y"], "nested": {"depth": [1, [2, [3, 0]]], "ratio": 1 / 7}, "empty": {}}
reordered = {"empty": {}, "nested": {"ratio": 1 / 7, "depth": [1, [2, [3, None]]]}, "tags": ["x", "y"], "id": 1}
print(doc == same, doc == other, doc == reordered, [doc] * 3 == [same] * 3)
x = []
x.append(x)
y = []
y.append(y)
try:
    print(x == y)
except RecursionError:
    print("RecursionError")
print(x == x, [x] == [x])
