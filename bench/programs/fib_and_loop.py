# Recursive calls and a plain integer loop.
from _bench import main


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def loop(n):
    total = 0
    for i in range(n):
        total += i * 2
    return total


def kernel(n):
    return fib(n), loop(n * 40000)


main(kernel, 32, 15, iterations=5)
