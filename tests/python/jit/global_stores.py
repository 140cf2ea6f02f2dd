# `global` variables assigned inside traced loops and inlined functions.
counter = 0
total = 0.0


def bump(k):
    global counter
    counter += k


def loop(n):
    global total
    for i in range(n):
        bump(i % 3)
        total += i * 0.5
        if i == n // 2:
            globals()["late"] = i  # a new global appears mid-loop
    return counter, total


print(loop(3000), late)
del counter
try:
    loop(10)
except NameError as e:
    print("NameError", e)
