# A function that a traced loop calls from an inlined call (one the trace
# does not inline itself: it has a loop of its own) sees the inlined
# callers on its stack, as in CPython: sys._getframe(n), f_back, their
# f_locals and f_lineno, inspect.stack(). So does Python code an operation
# of an inlined call runs (an operator's method, a getter). The trace
# makes those frames only when something reads the stack.
import inspect
import sys

seen = []


def stack_names(frame):
    names = []
    while frame is not None and len(names) < 4:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def probe(k):
    total = 0
    for j in range(2):  # a loop of its own: called, not inlined
        total += j
    if k % 300 == 299:
        caller = sys._getframe(1)
        seen.append((stack_names(sys._getframe(1)), caller.f_lineno,
                     sorted(caller.f_locals.items()), caller.f_back.f_locals.get("i")))
    return total + k


def middle(k):
    m = k * 2
    return probe(k) + m


def outer(k):
    o = k + 1
    return middle(k) - o


def nested_calls(n):
    acc = 0
    for i in range(n):
        acc += outer(i)
    return acc


def stack_of_inspect(k):
    for _ in range(1):
        pass
    if k % 300 == 299:
        seen.append([f.function for f in inspect.stack()[:4]])
    return k


def via_inspect(k):
    return stack_of_inspect(k) + 1


def inspect_calls(n):
    acc = 0
    for i in range(n):
        acc += via_inspect(i)
    return acc


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        for _ in range(1):
            pass
        if self.v % 300 == 299:
            f = sys._getframe(1)
            seen.append((stack_names(f), f.f_lineno, f.f_locals["a"].v))
        return self.v + other

    @property
    def doubled(self):
        for _ in range(1):
            pass
        if self.v % 300 == 299:
            seen.append(stack_names(sys._getframe(1)))
        return self.v * 2


def add_in_callee(a, b):
    return a + b


def get_in_callee(a):
    return a.doubled


def operator_calls(n):
    acc = 0
    for i in range(n):
        acc += add_in_callee(Num(i), 1) + get_in_callee(Num(i))
    return acc


def failing(k):
    for _ in range(1):
        pass
    if k == 700:
        raise ValueError(k)
    return k


def call_failing(k):
    return failing(k)


def traceback_through(n):
    acc = 0
    try:
        for i in range(n):
            acc += call_failing(i)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("traceback", names)
    return acc


for test in (nested_calls, inspect_calls, operator_calls, traceback_through):
    print(test.__name__, test(900))
    for entry in seen:
        print("   ", entry)
    seen.clear()
