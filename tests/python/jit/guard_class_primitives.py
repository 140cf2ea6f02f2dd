# A class guard meets values that are not instances: ints, floats, strings,
# bools, None, tuples. Each must leave the trace (none has the guarded class),
# and the loop must go on with the interpreter's answer.
class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def value(x):
    if isinstance(x, P):
        return x.get()
    return x


items = [P(i) for i in range(3000)]
for i, odd in enumerate([7, 2.5, "s", True, None, (1, 2), b"b", 10**30]):
    items[2000 + i * 30] = odd
total = 0
kinds = []
for x in items:
    v = value(x)
    if isinstance(v, int) and not isinstance(v, bool):
        total += v
    else:
        kinds.append(type(v).__name__)
print(total)
print(kinds)


def attr(o):
    return o.get()


count = 0
for o in items:
    try:
        count += attr(o) if type(o) is P else 0
    except AttributeError:
        count -= 1
print(count)
