# staticmethod, classmethod and property ask what they wrap for
# __isabstractmethod__ as CPython's _PyObject_IsAbstract does: a missing one
# (an AttributeError, also one a getter raises) is false; any other error of
# the lookup, or of the marker's truth, propagates.
import abc


class Raises:
    def __call__(self):
        return 1

    @property
    def __isabstractmethod__(self):
        raise ValueError("lookup failed")


class Missing:
    def __call__(self):
        return 1

    @property
    def __isabstractmethod__(self):
        raise AttributeError("not here")


class BadTruth:
    def __bool__(self):
        raise ZeroDivisionError("no truth")


class FalseyMarker:
    __isabstractmethod__ = BadTruth()


class Marked:
    __isabstractmethod__ = 1


def ask(wrapper):
    try:
        return wrapper.__isabstractmethod__
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for kind in (staticmethod, classmethod):
    print(kind.__name__, [ask(kind(x)) for x in (Raises(), Missing(), FalseyMarker(), Marked(), len, None)])

print("property", [ask(property(x)) for x in (Raises(), Missing(), FalseyMarker(), Marked(), len, None)])
print("property fset", ask(property(None, Raises())), ask(property(None, None, Marked())))
print("property order", ask(property(Marked(), Raises())))

try:
    class C(abc.ABC):
        m = staticmethod(Raises())
except ValueError as e:
    print("class creation:", e)
