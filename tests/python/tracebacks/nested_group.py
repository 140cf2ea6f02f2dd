def f():
    raise ValueError('inner')
try:
    f()
except ValueError as v:
    inner = ExceptionGroup('inner', [v, KeyError('k')])
raise ExceptionGroup('outer', [inner, OSError(2, 'No such file')])
