# __exit__ details: the traceback it receives, exceptions replaced or chained, exits in finally.
import sys
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None,
                     tb.tb_lineno if tb else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with Inspect() as i:
    raise KeyError("inside")
print(i.seen)
with Inspect() as i:
    pass
print(i.seen, sys.exc_info())

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError("replacement") from ev
try:
    with Replace():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)

class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise ev
try:
    with Reraise():
        raise ValueError("same object")
except ValueError as e:
    print(type(e).__name__, e, e.__context__)

class Count:
    exits = 0
    def __enter__(self):
        return self
    def __exit__(self, *a):
        Count.exits += 1
def many_exits():
    for i in range(3):
        with Count():
            try:
                if i == 0:
                    continue
                if i == 1:
                    raise ValueError
            except ValueError:
                pass
            finally:
                pass
    with Count():
        return Count.exits
print(many_exits(), Count.exits)

class ExitWithoutArgs:
    def __enter__(self):
        return self
    def __exit__(self):
        return True
try:
    with ExitWithoutArgs():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class EnterReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with EnterReturnsNone() as nothing:
    print(nothing)

class ExitSuppressesFinally:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def suppressed_return():
    with ExitSuppressesFinally():
        raise KeyError
    return "continued after suppression"
print(suppressed_return())
