# A method read as a value (`self.step` handed on as a callback) in a traced
# loop, also from inlined frames: a new bound method each time, behind the
# guards of the class, its version and the instance's attributes, so that an
# instance attribute shadowing the method, or the class's method replaced,
# gives what the interpreter gives.


class Task:
    def __init__(self, ident, queue):
        self.ident = ident
        queue.append(self.step)  # the bound method, read in an inlined __init__

    def step(self, value=0):
        return self.ident * 10 + value


class Sub(Task):
    def step(self, value=0):
        return -self.ident - value


class Slotted:
    __slots__ = ("ident",)

    def __init__(self, ident):
        self.ident = ident

    def step(self, value=0):
        return self.ident + value


class SlottedSub(Slotted):
    __slots__ = ()

    def step(self, value=0):
        return -self.ident


def slotted_callbacks(n):
    objects = [SlottedSub(i) if i % 3 == 2 else Slotted(i) for i in range(n)]
    return sum(callback(1) for callback in [o.step for o in objects])


def spawn(cls, ident, queue):
    return cls(ident, queue)


def kernel(n):
    queue = []
    tasks = []
    for i in range(n):
        tasks.append(spawn(Sub if i % 5 == 4 else Task, i, queue))
        if i % 700 == 699:
            # An instance attribute shadows the method for this one.
            tasks[-1].step = lambda value=0: "shadowed"
    queue += [task.step for task in tasks]
    total = 0
    shown = []
    for i, callback in enumerate(queue):
        result = callback(i % 3)
        if isinstance(result, str):
            shown.append((i, result))
        else:
            total += result
    # Each read makes a new bound method: equal, not identical, bound to the instance.
    first = tasks[0]
    reads = []
    for _ in range(3):
        reads.append(first.step)
    same = [m is reads[0] for m in reads]
    equal = [m == reads[0] for m in reads]
    bound = [(m.__self__ is first, m.__func__ is Task.step) for m in reads]
    return total, shown, same, equal, bound[0], len(queue)


print(slotted_callbacks(10), slotted_callbacks(3000))
print(kernel(10))
print(kernel(3000))
# The class's method replaced after the loops were compiled.
Task.step = lambda self, value=0: 1
print(kernel(3000))
del Task.step
try:
    kernel(20)
except AttributeError as error:
    print("AttributeError", error)
