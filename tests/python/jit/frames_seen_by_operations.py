# Python code that an operation of a traced loop runs implicitly (a
# property getter, an operator's method, __getitem__, __eq__, a sort key)
# reads its caller's frame: f_locals, f_lineno and f_code must be the
# interpreter's, the loop's current values included. The methods here take
# *args, so the trace calls them rather than inlining them.
import sys

seen = []


def note(frame):
    loc = frame.f_locals
    i = loc.get("i", -1)
    if i % 400 == 399:
        seen.append((frame.f_code.co_name, i, loc.get("x"), loc.get("y"), frame.f_lineno))


def probing(result):
    """A method that notes its caller's frame (*args: the trace calls it, never inlines it)."""
    def method(self, *args):
        note(sys._getframe(1))
        return result
    return method


class Probe:
    prop = property(probing(1))
    __add__ = probing(2)
    __getitem__ = probing(3)
    __eq__ = probing(True)
    __hash__ = object.__hash__


def key(v):
    for _ in range(1):
        pass
    note(sys._getframe(1))  # (sorted has no frame: 1 is the loop's)
    return v


def getter_loop(n):
    p = Probe()
    y = 0.5
    for i in range(n):
        x = i * 2
        y = y + 1.0
        p.prop
    return seen


def add_loop(n):
    p = Probe()
    y = 0.5
    for i in range(n):
        x = i * 3
        y = y * 1.0
        p + x
    return seen


def getitem_loop(n):
    p = Probe()
    y = "a"
    for i in range(n):
        x = i * 4
        y = "b" if i % 2 else "c"
        p[x]
    return seen


def eq_loop(n):
    p = Probe()
    y = None
    for i in range(n):
        x = i * 5
        y = x
        p == x
    return seen


def sorted_key_loop(n):
    for i in range(n):
        x = i * 7
        y = i % 3
        sorted([2, 1], key=key)
    return seen


def in_list_loop(n):
    p = Probe()
    items = [p]
    for i in range(n):
        x = i * 8
        y = -x
        x in items
    return seen


class Writer:
    def __getitem__(self, key):
        for _ in range(1):
            pass
        # CPython 3.11 does not write a function frame's f_locals back: no effect.
        loc = sys._getframe(1).f_locals
        loc["x"] = -1
        loc["new"] = key
        return key


def written_locals_loop(n):
    w = Writer()
    total = 0
    snapshots = []
    for i in range(n):
        x = i
        total += w[x] + x
        if i % 400 == 399:
            snap = locals()  # a snapshot: later changes do not show in it
            snapshots.append((snap["x"], "new" in snap))
    return [total, x, snapshots]


for loop in (written_locals_loop, getter_loop, add_loop, getitem_loop, eq_loop, sorted_key_loop,
             in_list_loop):
    print(loop.__name__)
    for entry in loop(1200):
        print("   ", entry)
    seen.clear()
