# Generators inlined into traced for loops that end in other ways: nested
# fresh generators, one raising, one raising StopIteration (PEP 479), one
# catching an exception in its body.
def inner(n):
    for i in range(n):
        yield i

def outer(n):
    for k in range(n):
        for v in inner(k):
            yield v * 10 + k
    return "outer done"

def raising(n):
    for i in range(n):
        if i == 3:
            raise ValueError("three")
        yield i

def stopper(n):
    for i in range(n):
        yield i
    raise StopIteration("pep479")

def guarded(n):
    try:
        for i in range(n):
            yield 100 // (i - 2)
    except ZeroDivisionError:
        yield -1

def run(n):
    out = []
    for j in range(n):
        s = 0
        for v in outer(j % 5):
            s += v
        try:
            for v in raising(j % 6):
                s += v
        except ValueError as e:
            s += len(str(e))
        try:
            for v in stopper(j % 3):
                s += v
        except RuntimeError as e:
            s += 7 + len(str(e.__cause__))
        for v in guarded(j % 5):
            s += v
        out.append(s)
    return sum(out), out[-5:]

for _ in range(3):
    print(run(700))
