print({1: 1, 2: 2} == {2: 2, 1: 1}, list({2: 0, 1: 0}), list({2: 0, 1: 0} | {0: 0}), {1: [1]} == {1: [1]}, {"a": 1} == {"a": 1.0})
n = float("nan")
print({1: n} == {1: n}, {n: 1} == {n: 1}, [n] == [n])
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("cmp", self.v, other.v)
        return self.v == other.v
    def __hash__(self):
        return 1
a = {Loud(1): "x"}
b = {Loud(1): "x"}
print(a == b)
c = {Loud(2): 1, Loud(3): 2}
print(Loud(3) in c)
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k
del d[3]
d[3] = "again"
d.pop(9)
d[9] = "back"
print(d, list(d.keys()), list(reversed(d)), next(iter(d)), next(reversed(d.items())))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
print(dict(sorted({"b": 1, "a": 2}.items())), dict(zip(range(3), "abc")), {k: v for k, v in [(1, 2), (1, 3)]})
for bad in ["{1: 2} < {1: 2}", "{} > {}", "{1: 2} <= {1: 2}", "{}.keys() < 5"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
