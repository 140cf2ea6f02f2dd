# Closures made and called in traces: a closure is guarded by its code and
# namespaces (a new one per call of its maker), its cells read from it; a
# function with cells of its own is inlined, its cells made in the trace.
import sys


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def curried(n):
    add3 = curry3(lambda a, b, c: a + b * c)
    total = 0
    for i in range(n):
        total += add3(i)(2)(i % 5)
    return total


print("curried", curried(3000))


def adders(n):
    fns = [(lambda k: lambda x: x + k)(k) for k in range(10)]
    total = 0
    for i in range(n):
        total += fns[i % 10](i)
    return total


print("adders", adders(3000))


# Cells shared by two closures made in the trace; one writes, the other reads.
def pair(start):
    value = start

    def bump(by):
        nonlocal value
        value += by
        return value

    def read():
        return value

    return bump, read


def shared(n):
    total = 0
    for i in range(n):
        bump, read = pair(i)
        bump(3)
        total += read() + bump(1) + read()
        if i == n - 1:
            last = (read, bump.__closure__[0] is read.__closure__[0],
                    read.__closure__[0].cell_contents)
    return total, last[1:], last[0]()


print("shared", shared(3000))


# A guard failing inside an inlined closure after its cells were made: the
# rebuilt frames see the same cells as the closures already made.
def overflowing(start):
    acc = start

    def grow(k):
        nonlocal acc
        acc = acc * k
        return acc

    grow(3)
    first = grow(2 ** 40)  # past 2**53 (a bigint) once start > 2730
    return first, acc, grow


def overflow(n):
    out = []
    for i in range(n):
        out.append(overflowing(i))
    first, acc, grow = out[-1]
    return [o[:2] for o in out[:2]], first, acc, grow.__closure__[0].cell_contents == acc, grow(2)


print("overflow", overflow(3000))


# The same code in two namespaces: the code guard checks the globals too.
source = '''
def maker(k):
    def inner(x):
        return x * k + OFFSET
    return inner
'''
first_ns, second_ns = {"OFFSET": 1}, {"OFFSET": 1000}
exec(source, first_ns)
exec(source, second_ns)


def namespaces(n):
    makers = [first_ns["maker"], second_ns["maker"]]
    total = 0
    for i in range(n):
        total += makers[(i // 1000) % 2](i % 7)(2)
    return total


print("namespaces", namespaces(4000))


# An unbound free variable; an exception raised inside an inlined closure.
def late(n):
    def use():
        return value * 2

    results = []
    for i in range(n):
        if i == n - 1:
            try:
                del value
            except NameError:
                pass
            try:
                results.append(use())
            except NameError as e:
                results.append(str(e))
        else:
            value = i
            results.append(use())
    return results[-3:]


print("late", late(3000))


def dividing(n):
    def make(d):
        def div(x):
            return x // d
        return div

    total = 0
    for i in range(n):
        try:
            total += make(i % 50)(1000)
        except ZeroDivisionError as e:
            tb = e.__traceback__
            names = []
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            total -= 1
    return total, names


print("dividing", dividing(3000))


# A closure looking at its frame, and one whose cell the caller rebinds.
def frames(n):
    def where():
        return sys._getframe(1).f_code.co_name

    names = set()
    for i in range(n):
        names.add(where())
    return names


print("frames", frames(3000))


def rebinding(n):
    total = 0
    for i in range(n):
        k = i

        def get():
            return k

        k = -i
        total += get()
    return total


print("rebinding", rebinding(3000))
