def f(n):
    a = list(range(10))
    for i in range(n):
        v = [1, 2] if i == n - 1 else a[1::2]
        a[::2] = v
    return a


f(3000)
