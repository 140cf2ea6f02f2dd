# functools.cached_property: caching in the instance dict, __set_name__ rules.
from functools import cached_property

class Data:
    computed = 0
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        "Sum up."
        Data.computed += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, Data.computed, d.__dict__)
d.total = 5
print(d.total)
del d.total
print(d.total, Data.computed)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname)

try:
    class Twice:
        a = cached_property(lambda self: 1)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)

cp = cached_property(lambda self: 1)
class Late:
    pass
Late.x = cp
try:
    Late().x
except TypeError as e:
    print(type(e).__name__, e)

class Slotted:
    __slots__ = ("a",)
    @cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as e:
    print(type(e).__name__, e)

class Sub(Data):
    @cached_property
    def total(self):
        return "sub " + str(super().total)
print(Sub(3).total)
