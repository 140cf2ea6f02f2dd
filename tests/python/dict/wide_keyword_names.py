# ** with keys that are strs with astral characters or lone surrogates:
# accepted as CPython does, and the names stay those strs.
import functools
def f(**kw):
    return list(kw), [len(k) for k in kw]
print(f(**{"\U0001f600": 0, "a\ud800": 1, "plain": 2}))
d = dict(**{"\U0001f600": 0})
print(d, len(list(d)[0]), d == {"\U0001f600": 0}, d["\U0001f600"])
p = functools.partial(f, **{"\U0001f600": 2})
print(p(), p.keywords, p(**{"\U0001f601": 3}))
print("{x}".format(**{"\U0001f600": 1, "x": 2}))
def g(a, **kw):
    return a, kw
print(g(**{"a": 1, "\U0001f600": 2}))
for bad in ({1: 2}, {b"x": 1}, {None: 0}):
    try:
        f(**bad)
    except TypeError as error:
        print("TypeError", error)
    try:
        dict(**bad)
    except TypeError as error:
        print("TypeError", error)
