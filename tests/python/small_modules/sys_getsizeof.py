# sys.getsizeof: __sizeof__ is looked up on the type, its result checked
# (an int in 0 .. sys.maxsize), a TypeError replaced by the default.
import sys


class BadSizeof:
    def __sizeof__(self):
        raise ValueError("bad")


class InvalidSizeof:
    def __sizeof__(self):
        return None


class FloatSizeof:
    def __sizeof__(self):
        return 4.5


class OverflowSizeof(int):
    def __sizeof__(self):
        return int(self)


for obj in BadSizeof(), InvalidSizeof(), FloatSizeof(), OverflowSizeof(sys.maxsize + 1), \
        OverflowSizeof(-1):
    try:
        sys.getsizeof(obj)
    except Exception as e:
        print(type(obj).__name__, type(e).__name__)
    try:
        print(sys.getsizeof(obj, "default"))
    except Exception as e:
        print(type(obj).__name__, "with default:", type(e).__name__)

# A Python class's instances are tracked by the collector: 16 bytes of GC header.
print(sys.getsizeof(OverflowSizeof(sys.maxsize)) - sys.maxsize)
print(sys.getsizeof(OverflowSizeof(100)) - 100)


class Sized:
    def __sizeof__(self):
        return 1000


s = Sized()
s.__sizeof__ = lambda: 5  # an instance attribute is not the special method
print(sys.getsizeof(s) >= 1000)
print(sys.getsizeof(3.5) > 0, sys.getsizeof("abc") > 0)
