# A builtin type's __new__ called on a subclass of another builtin with its
# own constructor is "not safe" (int.__new__(bool)); one whose constructor is
# inherited (dict's for defaultdict) is fine.
from collections import defaultdict


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except TypeError as error:
        print(label, "TypeError:", error)


attempt("int.__new__(bool, 0)", lambda: int.__new__(bool, 0))
attempt("int.__new__(int, 3)", lambda: int.__new__(int, 3))
attempt("object.__new__(list)", lambda: object.__new__(list))
attempt("dict.__new__(defaultdict)", lambda: dict.__new__(defaultdict))


class MyInt(int):
    def __new__(cls, value):
        return int.__new__(cls, value)


attempt("MyInt(4)", lambda: MyInt(4))


class MyError(ValueError):
    def __new__(cls, *args):
        return Exception.__new__(cls, *args)


attempt("MyError(1)", lambda: MyError(1))


class MyDefault(defaultdict):
    def __new__(cls, *args):
        return dict.__new__(cls)


made = MyDefault(int)
made["a"] += 1
attempt("MyDefault(int)", lambda: (made, type(made).__name__))
