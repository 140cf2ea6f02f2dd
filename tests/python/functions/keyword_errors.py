# Keyword argument errors of builtins and methods, and **kwargs identity.
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: sorted([3, 1], reverse=True, key=None))
show(lambda: sorted([3, 1], True))
show(lambda: sorted([1], cmp=None))
show(lambda: sorted())
show(lambda: [].sort(key=None, bogus=1))
show(lambda: "a,b".split(sep=","))
show(lambda: int("10", base=2))
show(lambda: int(x="10"))
show(lambda: dict(a=1, **{"b": 2}))
show(lambda: max([1, 2], key=lambda v: -v))
show(lambda: max([], default="empty"))
show(lambda: max(1, 2, bogus=3))
show(lambda: min())
show(lambda: print("x", end="", file=None, flush=False, extra=1))
show(lambda: enumerate([1], start=5).__next__())
show(lambda: enumerate(iterable=[1]).__next__())
show(lambda: range(stop=5))
show(lambda: zip([1], [2], strict=True).__next__())
show(lambda: isinstance(obj=1, class_or_tuple=int))
show(lambda: getattr(1))
show(lambda: round(2.5, ndigits=None))
show(lambda: divmod(1))
show(lambda: "{a}".format_map({"a": 1}, 2))

def f(**kwargs):
    kwargs["added"] = True
    return kwargs
d = {"x": 1}
print(f(**d), d)
def g(*args):
    return args
t = (1, 2)
print(g(*t) is t, g(*t) == t)
def kwonly_defaults(*, a=1, b):
    return a, b
show(lambda: kwonly_defaults(b=2))
show(lambda: kwonly_defaults(2))
def many(a, b, c, d, e):
    pass
show(lambda: many(1, e=5))
show(lambda: many(1, 2, 3, 4, 5, 6, 7))
def posonly_kw(a, /, **kw):
    return a, kw
print(posonly_kw(1, a=2))
class M:
    def meth(self, *, flag):
        return flag
show(lambda: M().meth(True))
show(lambda: M.meth(flag=1))
