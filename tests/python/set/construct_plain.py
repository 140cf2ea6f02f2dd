# set() and set subclasses made through the one-step construction: results and argument errors.
class S(set):
    pass
for make in (lambda: set(), lambda: set([1, 2]), lambda: set(1, 2), lambda: set(a=1), lambda: S(), lambda: S(1, 2), lambda: S([3]), lambda: set(()), lambda: set(x for x in "ab")):
    try:
        r = make()
        print(type(r).__name__, sorted(r))
    except TypeError as e:
        print("TypeError", e)
d = {}
for i in range(20):
    d.setdefault(i % 3, set()).add(i)
print(d)
