# itertools.tee's iterators and their _tee_dataobject: reduce, setstate,
# pickle and deepcopy as in CPython 3.11 (57 values per data object).
import copy
import itertools
import pickle

Data = itertools._tee_dataobject


def attempt(thunk):
    try:
        print(repr(thunk()))
    except Exception as error:
        print(type(error).__name__, error)


print(Data.__module__, Data.__name__, Data.__qualname__)
print(Data.__doc__)
print(itertools._tee.__doc__)
for tp in (Data, itertools._tee, itertools._grouper):
    try:
        class Sub(tp):
            pass
    except TypeError as error:
        print("not a base:", tp.__name__)

a, b = itertools.tee(range(70))
print(a.__reduce__()[:2])
next(a), next(a)
cls, args, (data, index) = a.__reduce__()
print(cls, args, type(data).__name__, index)
print(data.__reduce__()[1][1:])
for _ in range(60):
    next(a)
data, index = a.__reduce__()[2]
print(index, data.__reduce__()[1][1:])
source, values, following = b.__reduce__()[2][0].__reduce__()[1]
print(type(source).__name__, len(values), values[:3], type(following).__name__)

# The data object's constructor checks its arguments.
attempt(lambda: Data())
attempt(lambda: Data(1, 2, 3))
attempt(lambda: Data(1, [], 3))
attempt(lambda: Data(iter([]), [1] * 58, None))
attempt(lambda: Data(iter([]), [1] * 57, 5))
attempt(lambda: type(Data(iter([]), [1] * 57, None)).__name__)
attempt(lambda: Data(iter([]), [1], x=1))
attempt(lambda: type(Data(1, [1] * 57, Data(iter([]), [], None))).__name__)
attempt(lambda: Data.__new__(Data))

# __setstate__ of a _tee.
t = itertools._tee([1, 2])
attempt(lambda: t.__setstate__(1))
attempt(lambda: t.__setstate__((1,)))
attempt(lambda: t.__setstate__((1, 2)))
attempt(lambda: t.__setstate__((Data(iter([]), [5, 6], None), 58)))
attempt(lambda: t.__setstate__((Data(iter([]), [5, 6], None), -1)))
attempt(lambda: t.__setstate__((Data(iter([]), [5, 6], None), 1.5)))
attempt(lambda: t.__setstate__((Data(iter([]), [5, 6], None), 2**40)))
attempt(lambda: t.__setstate__((Data(iter([]), [5, 6], None), 1, 3)))
attempt(lambda: t.__setstate__((Data(iter([]), [5, 6], None), 1)))
print(list(t))
attempt(lambda: t.__setstate__((Data(iter([7, 8]), [5, 6], None), 57)))
print(list(t))

# Round trips, fresh and partly consumed.
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    a, b = itertools.tee("abc")
    next(a)
    print(proto, list(pickle.loads(pickle.dumps(a, proto))),
          list(pickle.loads(pickle.dumps(b, proto))))
a, b = itertools.tee(range(200))
for _ in range(100):
    next(a)
print(list(copy.deepcopy(a))[:3], list(copy.deepcopy(b))[-2:], next(a), next(b))
c = pickle.loads(pickle.dumps(a))
print(next(c), next(a))


# tee() takes __copy__ from the iterator itself, instance attributes included.
class Copyable:
    def __init__(self):
        self.__copy__ = lambda: "copied"

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


first, *copies = itertools.tee(Copyable(), 3)
print(type(first).__name__, copies)
