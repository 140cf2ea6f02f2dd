def f():
    return 1 // 0
try:
    f()
except ZeroDivisionError as e:
    raise ValueError('bad') from e
