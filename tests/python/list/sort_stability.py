seed = 12345
def randint(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % (n + 1)
data = [(randint(5), i) for i in range(200)]
s1 = sorted(data, key=lambda p: p[0])
print(all(s1[i][0] < s1[i + 1][0] or (s1[i][0] == s1[i + 1][0] and s1[i][1] < s1[i + 1][1]) for i in range(199)))
s2 = sorted(data, key=lambda p: p[0], reverse=True)
print(all(s2[i][0] > s2[i + 1][0] or (s2[i][0] == s2[i + 1][0] and s2[i][1] < s2[i + 1][1]) for i in range(199)))
print(s1[:8], s2[:8])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig", "a", ""]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
nums = [3, -1, 2.5, -7, 0, 10**20, -0.0, 0.0, True, False]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = [5, 2, 9, 1]
print(lst.sort(), lst, lst.sort(reverse=True), lst, lst.sort(key=None), lst)
class Rec:
    def __init__(self, k, n):
        self.k, self.n = k, n
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.n}"
recs = [Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d"), Rec(0, "e")]
print(sorted(recs), sorted(recs, reverse=True), max(recs), min(recs))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted(range(50), key=lambda x: (x % 7, -x))[:10])
for bad in [[1, "a"], [1j, 2j], [None, None], [[1], ["a"]], [(1, 2), (1, "x")]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
def bad_key(x):
    if x == 3:
        raise KeyError("boom")
    return x
try:
    sorted([1, 2, 3, 4], key=bad_key)
except KeyError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
def mutating_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e, lst)
lst = [3, 1, 2]
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst2.clear()
        return self.v < other.v
lst2 = [Cmp(3), Cmp(1), Cmp(2)]
try:
    lst2.sort()
except ValueError as e:
    print(type(e).__name__, e)
class Boom:
    def __lt__(self, other):
        raise RuntimeError("cmp fails")
l3 = [Boom(), Boom(), 1]
try:
    l3.sort()
except RuntimeError as e:
    print(type(e).__name__, e, len(l3))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted({"b", "a"}), sorted(x for x in [2, 1]), sorted([], reverse=True))
