# Attribute names must be str (or a str subclass) on every path, with CPython's messages.
import functools
import sys
import types


class C:
    pass


class Slotted:
    __slots__ = ("a",)


class Meta(type):
    pass


class E(Exception):
    pass


class Name(str):
    pass


def f():
    pass


module = types.ModuleType("m")
objects = [C(), Slotted(), 1, [], object(), module, sys, E(), f, functools.partial(f),
           C, int, Meta("X", (), {})]
calls = {
    "setattr": lambda o, name: setattr(o, name, 1),
    "getattr": lambda o, name: getattr(o, name),
    "getattr default": lambda o, name: getattr(o, name, 5),
    "delattr": lambda o, name: delattr(o, name),
    "hasattr": lambda o, name: hasattr(o, name),
    "object.__setattr__": lambda o, name: object.__setattr__(o, name, 1),
    "object.__getattribute__": lambda o, name: object.__getattribute__(o, name),
    "object.__delattr__": lambda o, name: object.__delattr__(o, name),
    "type(o).__setattr__": lambda o, name: type(o).__setattr__(o, name, 2),
    "type(o).__getattribute__": lambda o, name: type(o).__getattribute__(o, name),
    "type(o).__delattr__": lambda o, name: type(o).__delattr__(o, name),
}
on_types = {
    "type.__setattr__": lambda o, name: type.__setattr__(o, name, 2),
    "type.__delattr__": lambda o, name: type.__delattr__(o, name),
}
bound = {
    "o.__setattr__": lambda o, name: o.__setattr__(name, 2),
    "o.__getattribute__": lambda o, name: o.__getattribute__(name),
    "o.__delattr__": lambda o, name: o.__delattr__(name),
}
for o in objects:
    table = {**calls, **on_types} if isinstance(o, type) else {**calls, **bound}
    for name in [1, b"x", None, 2.5]:
        for label, call in table.items():
            try:
                result = call(o, name)
                print(type(o).__name__, repr(name), label, "->", result)
            except (TypeError, AttributeError) as e:
                print(type(o).__name__, repr(name), label, type(e).__name__, e)

# A str subclass is a valid name everywhere.
c = C()
object.__setattr__(c, Name("x"), 1)
print(object.__getattribute__(c, Name("x")), getattr(c, Name("x")), vars(c))
object.__delattr__(c, Name("x"))
print(vars(c))
type.__setattr__(C, Name("y"), 3)
print(C.y, object.__getattribute__(c, Name("y")))
type.__delattr__(C, Name("y"))
print(hasattr(C, "y"))
object.__setattr__(module, Name("z"), 4)
print(module.z)
