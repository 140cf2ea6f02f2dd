# array.array as a collections.abc.MutableSequence, weak references, subclassing.
import array
import collections.abc
import weakref

a = array.array("b", [1, 2])
print(isinstance(a, collections.abc.MutableSequence), isinstance(a, collections.abc.Sequence))
print(issubclass(array.array, collections.abc.MutableSequence), isinstance(a, collections.abc.Hashable))
r = weakref.ref(a)
print(r() is a)
print(sorted(name for name in dir(array) if not name.startswith("__")))
print(array.array.__name__, array.array.__qualname__, array.array.__module__, array.array.__hash__)
print(type(array._array_reconstructor).__name__, array._array_reconstructor.__module__)


class Stack(array.array):
    def push(self, value):
        self.append(value)
        return self


s = Stack("i")
print(s.push(1).push(2), len(s), type(s + s).__name__, type(s * 2).__name__, type(s[:]).__name__)
match a:
    case [1, second]:
        print("sequence pattern", second)
print(list(enumerate(array.array("u", "ab"))), dict(zip(array.array("b", [1, 2]), "xy")))
