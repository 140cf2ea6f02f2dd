# __init_subclass__, __set_name__, __class_getitem__, __mro_entries__.
class Registry:
    children = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.children.append(cls.__name__)

class One(Registry, tag="one"): pass
class Two(One): pass
print(Registry.children, One.tag, Two.tag)
try:
    class Three(Registry, bogus=1, tag="t"): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Four(bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Implicit:
    def __init_subclass__(cls):
        cls.seen = True
class Child(Implicit): pass
print(Child.seen, "seen" in Implicit.__dict__)
print(type(Implicit.__dict__["__init_subclass__"]).__name__)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    x = Field()
    y = Field()
print(Model.x.name, Model.x.owner, Model.y.name)
f = Field()
class Later:
    pass
Later.z = f
print(hasattr(f, "name"))

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Holder:
        attr = BadSetName()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
try:
    Model[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...])

class Entries:
    def __mro_entries__(self, bases):
        return (Registry,)
class Derived(Entries(), tag="d"): pass
print(Derived.__bases__, Derived.__orig_bases__[0].__class__.__name__, Derived.tag)
class NotAClass:
    pass
try:
    class Bad(NotAClass()): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", (Entries(),), {})
except TypeError as e:
    print(type(e).__name__, e)

class Empty:
    def __mro_entries__(self, bases):
        return ()
class FromEmpty(Empty()): pass
print(FromEmpty.__bases__)
import types
print(types.resolve_bases((Entries(), int)))
C = types.new_class("C", (Entries(),), {"tag": "nc"})
print(C.__bases__, C.tag)
