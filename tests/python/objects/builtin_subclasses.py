# Python subclasses of int, float, str, tuple, list, dict, set, frozenset.

class MyInt(int):
    pass

a = MyInt(3)
print(a + 1, a == 3, isinstance(a, int), repr(a), type(a).__name__, type(a + 1).__name__)
a.x = 5
print(a.x, a.__dict__)


class MyFloat(float):
    pass

f = MyFloat(2.5)
print(f * 2, repr(f), type(f * 2).__name__, hash(f) == hash(2.5))
f.y = 1
print(f.y)


class MyList(list):
    pass

items = MyList([1, 2])
items.append(3)
items.name = "x"
print(len(items), items, type(items).__name__, items.name, items + [4], type(items + [4]).__name__)


class MyDict(dict):
    def __missing__(self, key):
        return key * 2

d = MyDict(a=1)
print(d["a"], d["b"], d, len(d))
d.attr = 3
print(d.attr, d.__dict__)


class MyTuple(tuple):
    pass

t = MyTuple((1, 2))
t.z = 9
print(t, len(t), t[0], t + (3,), t.z, hash(t) == hash((1, 2)), t == (1, 2))


class MySet(set):
    pass

s = MySet([1])
s.q = 1
print(s, s.q, s | {2}, type(s | {2}).__name__, s == {1})


class MyFrozenSet(frozenset):
    pass

print(MyFrozenSet([1]), repr(MyFrozenSet()), hash(MyFrozenSet([1])) == hash(frozenset([1])))


# Overridden behaviour wins over the builtin's.
class L(list):
    def __iter__(self):
        yield from (x * 10 for x in super().__iter__())

    def __len__(self):
        return 99

l = L([1, 2])
print(list(l), len(l), [*l])
first, second = l
print(first, second)


class T(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

t = T(1, 2)
print(t, t.x, type(t).__name__, isinstance(t, tuple))
try:
    t.z = 1
except AttributeError as e:
    print(e)


class D(dict):
    def __getitem__(self, key):
        return 42

d = D(a=1)
print(d["zz"], d.get("a"), len(d), list(d))


class F(float):
    def __repr__(self):
        return "F!"

print(F(1.5), repr(F(1.5)), F(1.5) + 1, [F(2)])


class I(int):
    def __repr__(self):
        return "I!"

print(I(3), str(I(3)), I(3) * 2, int(I(7)), type(int(I(7))).__name__)
