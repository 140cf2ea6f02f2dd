# A comparison method that is a descriptor whose __get__ raises counts as
# missing (CPython's slot_tp_richcompare clears the error): == falls back to
# identity, < is a TypeError. Other special methods let the error through.
def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)
    __lt__ = property(booh)


e = E()
print(e == e, E() == E(), e != e)
try:
    E() < E()
except TypeError as error:
    print("TypeError:", error)


class Eq:
    def __eq__(self, other):
        return "eq called"


print(E() == Eq(), Eq() == E())


class I:
    __init__ = property(booh)


try:
    I()
except AttributeError as error:
    print("AttributeError:", error)

