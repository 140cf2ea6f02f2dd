# Every argument kind and the errors CPython raises for bad calls.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)

print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, g=8))
print(f(1, 2, c=3, e=5, a=9))  # 'a' goes to **kw since a is positional-only

def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

show(f, 1, e=5)
show(f, 1, 2, e=5)
show(f, 1, 2, 3)
show(f, 1, 2, 3, c=3, e=1)
show(f)

def pos_only(a, b=2, /):
    return a, b
show(pos_only, 1)
show(pos_only, a=1)
show(pos_only, 1, b=3)
show(pos_only, 1, 2, 3)
show(pos_only)

def kw_only(*, x, y=2):
    return x, y
show(kw_only, x=1)
show(kw_only, 1)
show(kw_only, 1, x=2)
show(kw_only)
show(kw_only, x=1, z=3)

def two_kw(*, x, y):
    return x, y
show(two_kw)
def three(a, b, c):
    return a, b, c
show(three)
show(three, 1)
show(three, 1, 2, 3, 4)
show(three, 1, 2, 3, 4, 5)
show(three, 1, 2, b=2)
show(three, 1, 2, 3, d=4)
show(three, 1, 2, 3, **{"d": 4, "e": 5})

def defaults(a, b=1, c=2):
    return a, b, c
show(defaults)
show(defaults, 1, 2, 3, 4)
show(defaults, c=9, a=0)

def nothing():
    return "none"
show(nothing, 1)
show(nothing, x=1)

def star(*args):
    return args
show(star, 1, 2, x=3)

def mixed(a, *, b):
    return a, b
show(mixed, 1, 2)
show(mixed, 1, 2, b=3)
show(mixed, 1, 2, 3, b=4)

class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
show(C().m)
show(C().m, 1, 2)
show(C.m, 1)
show(C.s)
show(C().m, self=1, a=2)
show(lambda: 1, 2)
show(lambda x, /: x, x=2)
