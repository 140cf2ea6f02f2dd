# Starred unpacking in traces: `a, *m, b = t` of tuples the trace made
# (none is built) and of other exact tuples (their length checked), with
# empty and long middles, floats, lists and strings (the general way), and
# a tuple too short (ValueError, as the interpreter raises it).
def run(n):
    total = 0.0
    lists = 0
    for i in range(n):
        first, *middle, last = (i, i * 0.5, "x", i & 3)
        head, *tail = middle
        *init, end = (i, i + 1)
        a, *empty, b = (i, i * 2)
        total += first + last + head + end + a + b + len(tail) + len(empty) + len(init)
        lists += type(middle) is list
    return total, lists, middle, tail, empty


def others(values):
    out = []
    for v in values:
        x, *rest = v
        out.append((x, rest))
    return out[-4:]


def short(values):
    try:
        for v in values:
            a, b, *c, d = v
    except ValueError as e:
        return str(e)


pairs = [(i, i * 2, i * 3) for i in range(300)] + [[1, 2], "abc", (9,)]
for _ in range(3):
    print(run(2000))
    print(others(pairs))
    print(short([(1, 2, 3, 4)] * 500 + [(1, 2)]))


# Star-unpacking exact lists in traces (guarded length, items and a slice),
# with lists that become too short, list subclasses, and BUILD_LIST.
class Listish(list):
    def __iter__(self):
        return iter([0, 0, 0, 0])


def star_lists(n):
    out = []
    total = 0
    for i in range(n):
        size = 6 if i < n - 5 else i % 4
        seq = list(range(size)) if i % 7 else Listish(range(6))
        try:
            head, *mid, tail = seq
            a, b, *rest = seq
            *front, z = seq
            total += head + tail + len(mid) + a + b + len(rest) + len(front) + z
            built = [head, tail, i]
            total += built[2] - len(built)
        except ValueError as e:
            out.append(str(e))
    mid.append(99)
    return total, out, mid, seq[-1:]


print(star_lists(3000))
