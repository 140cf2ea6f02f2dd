# One code object, several namespaces: a compiled loop holds its globals as
# constants, so another frame of the same code (exec with other globals) must
# not run it with the first one's.
import sys

source = """
total = 0
for i in range(2500):
    total += step
result = total
"""
code = compile(source, "<loop>", "exec")
for step in (1, 2, 3):
    namespace = {"step": step}
    exec(code, namespace)
    print(namespace["result"])


def make(k):
    def f(n):
        s = 0
        for i in range(n):
            s += k * i
        return s
    return f


print([make(k)(2000) for k in range(3)])


def deep(n):
    if n == 0:
        s = 0
        for i in range(1500):
            s += shallow(i)
        return s
    return deep(n - 1)


def shallow(i):
    return i % 7


sys.setrecursionlimit(60)
print(deep(40))
try:
    deep(100)
except RecursionError as e:
    print("RecursionError", e)
