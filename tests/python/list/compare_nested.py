cases = [([], []), ([1], []), ([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, [2, 3]], [1, [2, 4]]), ([[1]], [[1]]), ([1, "a"], [1, "b"]),
         ([1.0], [1]), ([True], [1]), ([None], [None]), ([(1, 2)], [(1, 2)]), ([float("inf")], [10**400])]
for a, b in cases:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
x = [1, 2]
print(x == x, x is x[:], x == x[:], [x] == [x[:]], x.__eq__(x), x.__eq__((1, 2)), x.__lt__(1), x.__ge__([0]))
for bad in ["[None] < [None]", "[1, 'a'] < [1, 2]", "[[1]] < [['a']]", "[1] < 1", "[{}] <= [{}]"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v)
        return self.v < other.v
print([Cmp(1), Cmp(2)] < [Cmp(1), Cmp(3)])
print([Cmp(5)] == [Cmp(5)], [Cmp(1)] != [Cmp(2)])
r = []
r.append(r)
print(r == r, r != r)
try:
    r2 = []
    r2.append(r2)
    print(r == r2)
except RecursionError as e:
    print(type(e).__name__)
