# Loops that usually end in the iteration the JIT records (a short
# `while todo:`): the trace goes on to the function's return, and later,
# longer runs of the loop come back round through bridges. Values the loop
# changes must reach the code after it, through finally blocks, generators
# and methods that update attributes.
def drain(items):
    todo = list(items)
    total = 0
    seen = 0
    while todo:
        x = todo.pop()
        total += x
        seen += 1
    return total * 100 + seen


def guarded(n):
    out = []
    i = 0
    try:
        while i < n % 4:
            out.append(i)
            i += 1
    finally:
        out.append("finally %d" % i)
    return out


def gen(n):
    k = 0
    while k < n % 3:
        yield k
        k += 1
    return k


class Node:
    def __init__(self):
        self.hits = 0
        self.log = []

    def walk(self, n):
        todo = [n]
        while todo:
            m = todo.pop()
            self.hits += 1
            if m > 1 and m % 5:
                todo.append(m // 2)
        self.log.append(self.hits)
        return self.hits


results = []
node = Node()
for i in range(3000):
    results.append(drain(range(i % 4)))
    results.append(len(guarded(i)))
    results.append(sum(gen(i)))
    node.walk(i % 40)
print(sum(results), results[:12], node.hits, node.log[-5:])
print(guarded(7), list(gen(5)))
