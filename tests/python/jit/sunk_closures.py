# Functions and cells a trace makes in an inlined frame and only calls or
# passes to exits are never made in the trace (opt/sink.ts): an exit makes
# them. Each loop here leaves its trace mid-way (a type change, an overflow
# to a big int, an exception) while such a function or cell is live, and the
# interpreter must then see the same objects the program would have made.


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def pair(start):
    count = start

    def bump(by):
        nonlocal count
        count += by
        return count

    def peek():
        return count

    return bump, peek


def make_adder(k):
    def add(x):
        return x + k

    return add


def twice(x):
    return x * 2


def make_outer(a):
    def inner(b):
        return twice(b) + a  # after twice's exit, `a` comes from the cell the exit made

    return inner


def run_cell_read_after_exit(n):
    bs = [2.5 if i % 173 == 172 else i for i in range(n)]
    total = 0
    for i in range(n):
        total += make_outer(i)(bs[i])
    return total


def run_curry(n):
    add3 = curry3(lambda a, b, c: a + b * c)
    # Now and then a c that is no small int (a big one, a float): its guard
    # fails inside the innermost lambda, with the two outer ones and their
    # cells live, which the exit must make with the values they hold.
    cs = [2 ** 60 if i % 301 == 300 else 2.5 if i % 211 == 210 else 3 for i in range(n)]
    total = 0
    for i in range(n):
        total += add3(i)(i % 7)(cs[i])
    return total


def run_curry_escape(n):
    add3 = curry3(lambda a, b, c: (a, b, c))
    # The middle function escapes where c is odd: the exit's function must
    # hold the right cells.
    kept = []
    cs = [i * 3 for i in range(n)]
    for i in range(n):
        middle = add3(i)(i + 1)
        if cs[i] % 997 == 0:
            kept.append(middle)
        else:
            middle(cs[i])
    return [f(0) for f in kept]


def run_shared_cell(n):
    seen = []
    for i in range(n):
        bump, peek = pair(i)
        bump(1)
        if i % 97 == 0:
            bump(0.5)  # a float in the shared cell: the int guards fail
        seen.append(peek())
    return sum(seen), seen[:3], seen[-2:]


def run_escape(n):
    kept = []
    for i in range(n):
        add = make_adder(i)
        value = add(i)
        if value % 250 == 0:
            kept.append(add)  # escapes now and then: the exit's function must work
    return [f(1) for f in kept], [f.__name__ for f in kept[:2]], len({id(f) for f in kept})


def run_raise(n):
    caught = 0
    for i in range(n):
        check = make_adder(i)
        try:
            if i % 113 == 0:
                check(None)
            else:
                check(1)
        except TypeError as e:
            caught += 1
            last = str(e)
    return caught, last


def run_cells_after_exit(n):
    results = []
    for i in range(n):
        bump, peek = pair(0)
        for _ in range(i % 5):
            bump(i)
        results.append((peek(), bump(1) - peek()))
    return results[:6], sum(p for p, _ in results)


print(run_cell_read_after_exit(3000))
print(run_curry(3000))
print(run_curry_escape(3000))
print(run_shared_cell(2000))
print(run_escape(2000))
print(run_raise(2000))
print(run_cells_after_exit(2000))
