def h(n):
    if n == 0:
        return undefined_name
    return h(n - 1)

h(6)
