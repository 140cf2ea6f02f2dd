# dir() of an instance lists class attributes only when getattr(obj,
# "__class__") works: a `__slots__` entry named __class__ that was never set
# hides them; a __class__ property decides which class is listed.


class Hidden(object):
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


print(dir(Hidden()))


class Disguised:
    @property
    def __class__(self):
        return int


names = dir(Disguised())
print("bit_length" in names, "__weakref__" in names, "__class__" in names)


class NoSlots:
    __slots__ = []


print("__repr__" in dir(NoSlots()), len(dir(NoSlots())) == len(dir(NoSlots)))
