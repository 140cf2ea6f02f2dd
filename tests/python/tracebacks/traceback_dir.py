# dir() of a traceback lists its four attributes only (CPython's tb_dir).
try:
    raise IndexError
except IndexError as error:
    tb = error.__traceback__
print(dir(tb))
print(sorted(tb.__dir__()))
print(type(tb.__dir__()).__name__)
