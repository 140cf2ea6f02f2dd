print(isinstance(1, int | str), isinstance("a", int | str), isinstance(None, int | None), isinstance(1.5, (int, (str, (float,)))), isinstance([], ()))
print(issubclass(bool, int | str), issubclass(list, (tuple, (dict, list))), issubclass(int, int), issubclass(object, int), issubclass(type, object))
print(int | str, type(int | str).__name__, (int | str) == (str | int), int | None, (int | str).__args__, int | int, type(int | int).__name__)
print(isinstance(True, bool | None), isinstance(1, bool | float), issubclass(type(None), type(None) | int))
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, str)
    def __subclasscheck__(cls, sub):
        return sub is str
class Virtual(metaclass=Meta):
    pass
print(isinstance("s", Virtual), isinstance(1, Virtual), issubclass(str, Virtual), issubclass(int, Virtual), isinstance("s", (int, Virtual)), isinstance("s", int | Virtual))
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass
class Impl(Base):
    def f(self):
        return 1
Base.register(list)
print(isinstance(Impl(), Base), isinstance([], Base), issubclass(list, Base), issubclass(dict, Base), isinstance({}, Base))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__, issubclass(Fake, int))
for bad in ["isinstance(1, int | list[int])", "issubclass(int, int | list[int])", "isinstance(1, 'int')", "issubclass('int', int)",
            "issubclass(int, (int, 'x'))", "isinstance(1, (int, 'x'))", "isinstance(1, [int])"]:
    try:
        print(bad, eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
class NotAClass:
    __bases__ = ()
print(issubclass(NotAClass(), NotAClass()) if False else "", isinstance(3, type(3)), type(3) is int)
