# Closures in traces: free variables of inlined functions (their cells are
# the function's), cells of the traced frame, functions with cells traced
# from their entry, and frames rebuilt inside an inlined closure.


def counter_sum(n):
    step = 3

    def add(x):
        return x + step  # a free variable

    total = 0
    for i in range(n):
        total = add(total)
        if i == n // 2:
            step = 0.5  # the cell changes: guards in the inlined closure fail
    return total


print(counter_sum(3000))


def queens(n):
    count = 0
    cols = set()

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols:
                continue
            cols.add(c)
            place(row + 1)
            cols.discard(c)

    place(0)
    return count


print([queens(k) for k in range(1, 7)])


def make_adder(k):
    def adder(x):
        return x + k
    return adder


adders = [make_adder(k) for k in range(5)]
acc = 0
for i in range(4000):
    acc += adders[i % 5](i)
print(acc)


def shadow(n):
    results = []
    for i in range(n):
        def f():
            return i * 2
        results.append(f())
    return sum(results)


print(shadow(2000))


def made_in_loop(n):
    total = 0
    keep = []
    for i in range(n):
        g = lambda x, k=i, *, m=2: x * m + k  # defaults, keyword-only defaults
        total += g(1) + sum(j for j in range(i % 4))  # a generator expression
        if i % 1000 == 0:
            keep.append(g)
    return total, [f(0) for f in keep], keep[-1].__defaults__, keep[-1].__qualname__


print(made_in_loop(3000))
