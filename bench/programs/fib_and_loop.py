def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(30))
total = 0
for i in range(10000000):
    total += i * 2
print(total)
