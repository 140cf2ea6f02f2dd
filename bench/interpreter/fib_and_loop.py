def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(27))
total = 0
for i in range(3000000):
    total += i * 2
print(total)
