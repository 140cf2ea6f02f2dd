# with: __enter__/__exit__ order, suppression, multiple items, errors.
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress

with CM("a") as a, CM("b") as b:
    log.append(f"body {a}{b}")
print(log)
log.clear()
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
    log.append("not reached")
print(log)
log.clear()
try:
    with CM("a"), CM("b", suppress=False):
        raise KeyError("k")
except KeyError as e:
    log.append(f"caught {e}")
print(log)
log.clear()

def in_function():
    with CM("f"):
        return "returned"
print(in_function(), log)
log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log)
log.clear()

class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return True
with ExitArgs() as ea:
    raise TypeError("t")
print(ea.args[0].__name__, str(ea.args[1]), type(ea.args[2]).__name__)
with ExitArgs() as ea2:
    pass
print(ea2.args)

def show(thunk):
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
def use(cm):
    with cm:
        pass
show(lambda: use(NoEnter()))
show(lambda: use(NoExit()))
show(lambda: use(5))
show(lambda: use(None))

class EnterRaises:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("body should not run")
except RuntimeError as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with TruthyExit():
    raise ValueError
print("suppressed by truthy value")

class InstanceEnter:
    pass
ie = InstanceEnter()
ie.__enter__ = lambda: 1
ie.__exit__ = lambda *a: None
show(lambda: use(ie))
with (CM("p1") as p1,
      CM("p2") as p2):
    pass
print(log, p1, p2)
