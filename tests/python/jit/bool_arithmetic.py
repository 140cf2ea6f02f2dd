# Bools in int arithmetic in traces: (a > b) - (a < b), n += flag, x * (y > 0)
# give ints; &, | and ^ of bools stay bools; an operand that turns from a
# bool into an int (or a float) part-way through the loop leaves the trace.
def cmp(a, b):
    return (a > b) - (a < b)


def signs(n):
    out = []
    for i in range(n):
        out.append(cmp(i % 7, 3))
    return out[-7:], sum(out)


def counts(values):
    n = 0
    total = 0
    for v in values:
        flag = v > 10
        n += flag
        total += v * (v % 3 == 0) + True
    return n, total, type(n).__name__


def logic(n):
    out = []
    for i in range(n):
        a, b = i % 2 == 0, i % 3 == 0
        out.append((a & b, a | b, a ^ b, a - b, a * b))
    return out[-3:], type(out[-1][0]).__name__, type(out[-1][3]).__name__


def mixed(values):
    total = 0
    for v in values:
        total = total + (v - False)
    return total


print(signs(100))
print(counts(list(range(50))))
print(logic(60))
print(mixed([True, False] * 20 + [5, 7, 2.5, True]))
