# The list or tuple iterator of an inner `for` goes round its loop as the
# sequence and an index (opt/iterators.ts): exits in the middle of the
# iteration (a return, a break, an exception, a guard that fails, a list
# changed while it is iterated) must leave the interpreter an iterator at the
# right index, as in CPython.

N = [[1, 2, 3], [4, 5], [6, 7, 8, 9], [], (10, 11), (12,)]


def is_eye(p, colour):
    for q in N[p]:
        if q == colour:
            return False
    return True


def first_over(seq, limit):
    for x in seq:
        if x > limit:
            break
    else:
        return None
    return x


def total_until_str(rows):
    t = 0
    for row in rows:
        for v in row:
            t += v  # a str among the ints: the guard leaves mid-row
    return t


def group(neighbours, start):
    stones = [start]
    seen = {start}
    i = 0
    while i < len(stones):
        for q in neighbours[stones[i]]:
            if q not in seen:
                seen.add(q)
                stones.append(q)
        i += 1
    return stones


def grows(n):
    out = []
    for i in range(n):
        lst = [i, i + 1]
        for x in lst:  # the list grows while iterated
            if len(lst) < 5:
                lst.append(x + 10)
            out.append(x)
    return out


def shrinks(n):
    out = []
    for i in range(n):
        lst = [1, 2, 3, 4, 5, 6]
        for x in lst:
            if x == 3:
                del lst[:]  # empties it: the iteration stops
            out.append(x)
    return sum(out)


def raises_inside(rows):
    caught = 0
    for row in rows:
        try:
            for v in row:
                if v < 0:
                    raise ValueError(v)
        except ValueError:
            caught += 1
    return caught


def shared_iterator(n):
    res = []
    for i in range(n):
        it = iter([i, i + 1, i + 2, i + 3])
        for x in it:
            if x == i + 1:
                break
        res.append(list(it))  # the rest, after the break
    return res


def skip_with_next(n):
    res = 0
    for i in range(n):
        it = iter((i, 1, i, 2, i, 3))
        for x in it:
            res += next(it) + x
    return res


def nested(n):
    t = 0
    for i in range(n):
        for a in N[i % 3]:
            for b in N[(i + 1) % 3]:
                t += a * b
    return t


def tuples(n):
    t = 0
    for i in range(n):
        for x in (i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8):
            t += x
    return t


def summed(lst):
    t = 0
    for x in lst:
        t += x
    return t


def rare_exits(n):
    # Mostly int lists; now and then a float in the middle: the guard leaves
    # mid-iteration and the interpreter goes on from the iterator's index.
    out = []
    for i in range(n):
        lst = [i, 1, 2, 3, 4, 5, 6, 7]
        if i % 700 == 699:
            lst[4] = 0.5
        out.append(summed(lst))
    return sum(out), out[699], out[1399]


def leaves_by_raise(n):
    # An exception out of the inner loop's body leaves the function mid-iteration.
    t = 0
    for i in range(n):
        for x in N[i % 3]:
            t += 10 // (x - 5 + (i < n - 1))
    return t


print(sum(is_eye(i % 6, 7) for i in range(3000)), sum(is_eye(i % 6, 12) for i in range(3000)))
print([first_over(N[i % 6], 5) for i in range(12)], sum(first_over(N[i % 6], 2) or 0 for i in range(3000)))
rows = [[1, 2, 3]] * 2000 + [[4, 5, "x", 6]]
try:
    total_until_str(rows)
except TypeError as e:
    print("TypeError", e)
print(total_until_str([[1, 2, 3.5], [4, 5]] * 1500))
nb = {i: [(i * 7 + 1) % 50, (i * 3 + 2) % 50, (i + 1) % 50] for i in range(50)}
print([len(group(nb, s)) for s in range(50)] == [len(group(nb, s)) for s in range(50)], group(nb, 0)[:10])
print(sum(len(group(nb, s % 50)) for s in range(600)))
print(grows(3), sum(grows(2000)))
print(shrinks(2000))
print(raises_inside([[1, 2, 3], [4, -1, 5], [6]] * 700))
print(shared_iterator(3), sum(len(r) for r in shared_iterator(2000)))
print(skip_with_next(2000))
print(nested(3000))
print(tuples(3000))
print(rare_exits(3000))
try:
    leaves_by_raise(2000)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
