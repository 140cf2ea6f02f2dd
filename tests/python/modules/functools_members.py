# functools.partial's func/args/keywords are read-only struct members with
# docstrings; a cmp_to_key wrapper's obj is a writable member, and calling
# the wrapper binds its argument as keyobject_call does (messages name "K").
import functools


def attempt(thunk):
    try:
        print(repr(thunk()))
    except Exception as error:
        print(type(error).__name__, error)


for name in ("func", "args", "keywords"):
    descriptor = functools.partial.__dict__[name]
    print(name, type(descriptor).__name__, descriptor.__doc__)
p = functools.partial(len, "ab")
attempt(lambda: setattr(p, "func", print))
attempt(lambda: delattr(p, "args"))
attempt(lambda: setattr(p, "keywords", {}))

K = functools.cmp_to_key(lambda a, b: a - b)
descriptor = type(K(0)).__dict__["obj"]
print(type(descriptor).__name__, descriptor.__doc__)
k = K(1)
k.obj = 3
print(k.obj, k < K(4), k > K(2))
del k.obj
print(k.obj)
attempt(lambda: K())
attempt(lambda: K(1, 2))
attempt(lambda: K(x=1))
attempt(lambda: K(1, obj=2))
attempt(lambda: K(obj=5).obj)
