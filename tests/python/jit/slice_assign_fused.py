# A slice read that is only the value of a slice assignment runs as one
# operation, without the intermediate list (opt/sink.ts): reversing a
# prefix in place, shifting within one list (both directions), copying
# between lists, sizes that change the list, extended slices; and a guard
# between the read and the store that leaves with the slice still to make.


def flips(n):
    p = list(range(n))
    out = []
    for k in range(1, n):
        p[:k + 1] = p[k::-1]          # reverse a prefix in place
        out.append(p[0])
    return out, p


def shifts(n):
    p = list(range(n))
    q = list(range(100, 100 + n))
    for r in range(1, n - 1):
        p[:r] = p[1:r + 1]            # shift left
        q[1:r + 1] = q[:r]            # shift right
    return p, q


def between(n):
    a = list(range(n))
    b = [0] * n
    for i in range(n):
        b[:i] = a[n - i:]             # another list, same size
        b[i:] = a[:i - n or None:-1]  # reversed from another list
    return a, b


def resizing(n):
    p = [1, 2, 3]
    for i in range(n):
        p[1:2] = p[:3]                # grows the list
        if len(p) > 12:
            p[2:] = p[-1:-4:-1]       # shrinks it
    return p


def extended(n):
    p = list(range(10))
    bad = 0
    for i in range(n):
        p[::2] = p[4::-1]             # five into five
        try:
            p[::3] = p[:i % 6]        # the wrong size raises ValueError
        except ValueError as e:
            bad += 1
            message = str(e)
    return p, bad, message


def overflow_between(ks):
    # k + 1 leaves the trace (past 2**53) between the slice read and the
    # store: the interpreter finishes with the slice the exit made.
    p = list(range(8))
    for k in ks:
        p[:k + 1] = p[k::-1]
    return p


for _ in range(60):
    r1, r2, r3, r4, r5 = flips(9), shifts(9), between(7), resizing(20), extended(12)
print(r1, r2, r3, r4, r5, sep="\n")
print(overflow_between([3, 5, 7] * 100 + [2 ** 53 - 1, 2 ** 60, 4]))
