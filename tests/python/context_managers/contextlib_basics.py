# contextlib-style managers written by hand (contextlib itself needs os).
class suppress:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        return None
    def __exit__(self, et, e, tb):
        return et is not None and issubclass(et, self.excs)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

class contextmanager_like:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, e, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(e)
        except StopIteration as stop:
            return stop is not e
        except BaseException as inner:
            if inner is e:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")

with contextmanager_like(tag("a")) as t:
    print("inside", t)
with contextmanager_like(tag("b")):
    raise ValueError("oops")
try:
    with contextmanager_like(tag("c")):
        raise KeyError("escapes")
except KeyError as e:
    print("escaped", e)

class ExitStack:
    def __init__(self):
        self.callbacks = []
    def __enter__(self):
        return self
    def enter(self, cm):
        value = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return value
    def __exit__(self, *exc):
        suppressed = False
        pending = exc
        while self.callbacks:
            cb = self.callbacks.pop()
            if cb(*pending):
                suppressed = True
                pending = (None, None, None)
        return suppressed
class Named:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
with ExitStack() as stack:
    values = [stack.enter(Named(i)) for i in range(3)]
    print(values)
with ExitStack() as stack:
    stack.enter(suppress(ValueError))
    stack.enter(Named("x"))
    raise ValueError("cleaned")
print("end")
