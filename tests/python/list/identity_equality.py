# list.remove / index / count and `in` compare with ==: objects whose classes
# keep object.__eq__ compare by identity, others through their __eq__, which
# may be added to a class (or a base) after instances exist.


class Plain:
    pass


class Child(Plain):
    pass


class Equal:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, Equal) and self.key == other.key

    __hash__ = None


class Declines:
    calls = 0

    def __eq__(self, other):
        Declines.calls += 1
        return NotImplemented


a, b, c = Plain(), Child(), Plain()
items = [a, b, c, Equal(1), Equal(2), 3, "s", None]
print(items.index(c), items.index(b), items.count(a), c in items, Plain() in items)
print(items.index(Equal(2)), Equal(1) in items, items.count(Equal(1)))
try:
    items.remove(Plain())
except ValueError as e:
    print("ValueError", e)
items.remove(b)
print(len(items), items.index(c))

d = Declines()
pool = [Plain(), Plain(), d, Plain()]
print(d in pool, Declines() in pool, pool.index(d), Declines.calls)

# A class gains __eq__ after its instances are in the list.
x, y = Plain(), Plain()
pool = [x, y]
print(Plain() in pool)
Plain.__eq__ = lambda self, other: True
print(Plain() in pool, pool.index(Plain()), pool.count(x))
del Plain.__eq__
print(Plain() in pool, Child() in pool)

# Through a base added __eq__; the right operand's reflected __eq__ counts too.
class Base:
    pass


class Leaf(Base):
    pass


leaves = [Leaf(), Leaf()]
print(Leaf() in leaves)
Base.__eq__ = lambda self, other: type(other) is Leaf
print(Leaf() in leaves, leaves.index(Leaf()))


class Greedy:
    def __eq__(self, other):
        return True


print(Greedy() in [Plain(), Plain()], [Plain(), Plain()].index(Greedy()))
print([Plain()].count(Greedy()), Greedy() in [1, 2])
