# isinstance() of values a trace takes from containers (None, bools, ints,
# strs, floats, big ints, subclass instances) answers as CPython does, as
# the kinds of the values change under the trace.
class MyInt(int):
    pass


class MyStr(str):
    pass


values = [None, True, False, 0, 7, -3, 2**70, "", "abc", MyStr("m"), MyInt(4), 1.5,
          [1], {"a": 1}, (1,), b"x", object]


def classify(items):
    counts = {}
    for v in items:
        key = (isinstance(v, int), isinstance(v, bool), isinstance(v, str),
               isinstance(v, type(None)), isinstance(v, float), isinstance(v, object),
               isinstance(v, MyInt), isinstance(v, (list, dict)))
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items())


def runs(n):
    out = []
    for shift in range(len(values)):
        rotated = values[shift:] + values[:shift]
        out.append(classify(rotated * n))
    return out


result = runs(200)
print(result[0])
print(all(r == result[0] for r in result))
same_kind = [5] * 3000 + ["s"] * 3000 + [None] * 3000 + [True] * 3000 + [MyInt(2)] * 3000
print(classify(same_kind))


def kinds_in_turn(items):
    # (A function of its own: its trace is recorded on the first kind.)
    counts = {}
    for v in items:
        key = (isinstance(v, int), isinstance(v, str), isinstance(v, bool))
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items())


print(kinds_in_turn([5] * 3000 + ["s"] * 3000 + [None] * 3000 + [False] * 3000))
