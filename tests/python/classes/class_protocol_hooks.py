# __instancecheck__/__subclasscheck__, __subclasshook__, __class_getitem__ and class repr/str.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Quacker(), Quacker), isinstance(Mallard(), (int, Quacker)))

import abc
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        if cls is Sized:
            return hasattr(sub, "__len__")
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("s", Sized), isinstance(3, Sized))
class Strict(Sized):
    pass
print(issubclass(list, Strict))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Shape):
    def area(self):
        return 4
try:
    Square()
except TypeError as e:
    print(type(e).__name__, e)
class Full(Square):
    name = "full"
print(Full().area(), Full.__abstractmethods__, Shape.__abstractmethods__ == {"area", "name"})
Shape.register(int)
print(isinstance(3, Shape), issubclass(bool, Shape))

class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return f"{cls.__name__}[{', '.join(getattr(p, '__name__', repr(p)) for p in params)}]"
print(Generic[int], Generic[int, str], Generic[...])
class SubGeneric(Generic):
    pass
print(SubGeneric[float])
try:
    Generic()[int]
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __str__(cls):
        return f"str of {cls.__name__}"
class Pretty(metaclass=Meta):
    pass
print(repr(Pretty), str(Pretty), f"{Pretty}", [Pretty])
print(repr(int), str(type), repr(type(None)), repr(type(...)), repr(type(NotImplemented)))
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.__module__, Outer.Inner.__name__)
def factory():
    class Local:
        pass
    return Local
print(factory(), factory().__qualname__)
print(type(len), type(print).__name__, type(Outer.__dict__).__name__, type(type.__dict__["__dict__"]).__name__)
