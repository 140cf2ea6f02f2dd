# Special methods looked up on the type are bound through their __get__ when
# they are descriptors: __instancecheck__, __subclasscheck__, __missing__.
record = []


class SpecialDescr:
    def __init__(self, impl):
        self.impl = impl

    def __get__(self, obj, owner):
        record.append((self.impl.__name__, type(obj).__name__))
        return self.impl.__get__(obj, owner)


def return_true(self, thing=None):
    return True


def some_number(self, key):
    return 4


class Meta(type):
    __instancecheck__ = SpecialDescr(return_true)
    __subclasscheck__ = SpecialDescr(return_true)


class C(metaclass=Meta):
    pass


print(isinstance(1, C), issubclass(int, C))


class DictSub(dict):
    __missing__ = SpecialDescr(some_number)


print(DictSub()["hi"])


class Checker:
    __instancecheck__ = SpecialDescr(return_true)


print(isinstance(1, Checker()))
print(record)
