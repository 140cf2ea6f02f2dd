# Deep == / != of lists, dicts and tuples of builtin values, as containers
# compare their items (PyObject_RichCompareBool): identity first, then the
# values' own equality, __eq__ overrides and NotImplemented reflection.
import json

nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), {"k": nan} == {"k": nan})
print([float("nan")] == [float("nan")], [nan] != [nan])
print([1, 2.0, True] == [1.0, 2, 1], [1] == [True], [0.0] == [-0.0], [2**70] == [float(2**70)])
print([1.5] == [1.5], [1.5] == [1.25], [None] == [None], [None] == [0], [False] == [0])
print([[1, [2, [3]]]] == [[1, [2, [3]]]], [[1, [2, [3]]]] == [[1, [2, [4]]]])
print(({"a": [1, {"b": (2, 3)}]},) == ({"a": [1, {"b": (2, 3)}]},))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} == {"b": 1})
print({1: "x", 2: "y"} == {2: "y", 1: "x"}, {} == {}, [{}] == [{}], [[]] == [()], [()] == [()])
print(["été \"q\""] == ["été \"q\""], ["a"] == ["a" + ""], ["x" * 20] == ["x" * 19 + "x"])
docs = [{"id": i, "f": i / 7, "s": "r-%d" % i, "l": [i, [None, True]], "e": {}} for i in range(50)]
back = json.loads(json.dumps(docs))
again = json.loads(json.dumps(docs, sort_keys=True))
print(back == docs, again == docs, back != docs, again != docs)
back[-1]["l"][1][0] = 0
print(back == docs, back != docs)


class Weird:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, type(other).__name__)
        return NotImplemented


class Always:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


print([Weird(1)] == [Weird(2)], [Weird(3)] != [Weird(4)])
print([Always()] == [5], [5] == [Always()], {"k": Always()} == {"k": "x"}, (Always(),) == (1,))
w = Weird(5)
print([w] == [w], (w,) == (w,), {"k": w} == {"k": w})


class F(float):
    def __eq__(self, other):
        print("F.eq")
        return False

    __hash__ = float.__hash__


class L(list):
    def __eq__(self, other):
        return "L says"


class D(dict):
    def __eq__(self, other):
        print("D.eq")
        return True


f = F(1.0)
print([f] == [f], [F(1.0)] == [1.0], [1.0] == [F(1.0)])
print([L([1])] == [[2]], [[2]] == [L([1])], L([1]) == [1])
print([D(a=1)] == [{}], [{}] == [D(a=1)], {"x": D()} == {"x": {1: 2}})
print([1, 2] < [1, 3], (1, nan) < (1, nan), [nan] <= [nan], (nan, 1) < (nan, 2))


class Mutator:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True

    __hash__ = object.__hash__


a = [1, 2, 3]
b = [Mutator(a), 2, 3]
print(a == b, a, len(b))
c = [Mutator(None), 5]
c[0].target = c
print(c == [0, 5], c)
d1 = {"a": 1, "b": 2}
d2 = {"a": Mutator(d1), "b": 2}
try:
    print(d1 == d2, d1)
except RuntimeError as e:
    print("RuntimeError", e)

deep = []
for _ in range(100000):
    deep = [deep]
deep2 = []
for _ in range(100000):
    deep2 = [deep2]
try:
    deep == deep2
except RecursionError as e:
    print("RecursionError", e)
dd = {}
cur = dd
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
dd2 = {}
cur = dd2
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    dd == dd2
except RecursionError as e:
    print("RecursionError", e)
r1 = []
r1.append(r1)
r2 = []
r2.append(r2)
print(r1 == r1)
try:
    r1 == r2
except RecursionError as e:
    print("RecursionError", e)
t = (deep,)
print(t == t, [deep] == [deep])


# The depth at which nesting raises: each container comparison and each
# comparison of two non-identical items counts one level, as in CPython.
def nest(n, leaf, wrap):
    x = leaf
    for _ in range(n):
        x = wrap(x)
    return x


def boundary(leaf1, leaf2, wrap):
    for n in range(900, 1100):
        try:
            nest(n, leaf1, wrap) == nest(n, leaf2, wrap)
        except RecursionError as e:
            return n, str(e)
    return "no RecursionError"


print(boundary(1, 1, lambda x: [x]), boundary(1, 2, lambda x: [x]))
print(boundary(1, 1, lambda x: (x,)), boundary(1, 1, lambda x: {"k": x}))
print(boundary(1, 2, lambda x: {"k": x}), boundary(1, 1, lambda x: [0, x]))
