class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "x"
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __len__(self):
        return 99
    def __iter__(self):
        return iter([0, 0])
m = MyList([1, 2, 3])
print(m, m[0], len(m), list(m), sorted(m), [*m], m.extra, super(MyList, m).__len__(), m + [4], type(m + [4]).__name__)
print(m == [1, 2, 3], m.copy(), type(m.copy()).__name__, type(m[:]) if False else "", sum(m), max(m), tuple(m), list.__iter__(m).__next__())
class Ordered(list):
    def append(self, x):
        super().append(x)
        self.sort()
o = Ordered()
for v in [3, 1, 2]:
    o.append(v)
print(o, type(o).__name__, isinstance(o, list))
o.extend([0])
print(o)
class Eq:
    def __init__(self):
        self.calls = 0
    def __eq__(self, other):
        self.calls += 1
        return False
e = Eq()
lst = [e, e]
print(e in lst, lst.count(e), e.calls)
try:
    lst.index(1)
except ValueError as err:
    print(type(err).__name__, err, e.calls)
print(lst.count(e), e.calls)
ones = [1] * 5
print([i for i, v in enumerate(ones) if v], list(map(str, ones)), list(zip(ones, "abc")), list(filter(None, [0, 1, "", "a"])))
