# Calls of functools.partial objects: stored arguments first, keywords merged
# (the call's win), subclasses with their own __call__, keywords changed after
# creation, errors raised by the function, and partials in a hot loop.
import functools
import sys

shift = functools.partial(pow, 2)
print(shift(10), shift(3, 5))
print(sum(shift(k % 30) for k in range(2000)))

def f(a, b=0, *rest, c=1, **kw):
    return (a, b, rest, c, sorted(kw.items()))

p = functools.partial(f, 1, 2, 3)
print(p(), p(4, c=5), p(x=6))
q = functools.partial(f, c=10, d=20)
print(q(0), q(0, c=11), q(0, 1, 2, d=0))
q.keywords["e"] = 30           # the keywords dict is the object's own
print(q(9))
r = functools.partial(p, 7)     # flattened: f with 1, 2, 3, 7
print(r(), r.args)
empty = functools.partial(f)
print(empty(5), empty(5, b=6))

class Logged(functools.partial):
    def __call__(self, *args, **kwargs):
        return ("logged", super().__call__(*args, **kwargs))

print(Logged(f, 1)(2))

class Plain(functools.partial):
    pass

print(Plain(f, 3)(4, c=0))

try:
    shift("x")
except TypeError as e:
    print("TypeError:", e)

def boom(a, b):
    raise ValueError(f"boom {a} {b}")

try:
    functools.partial(boom, 1)(2)
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

try:
    functools.partial(f)()
except TypeError as e:
    print("TypeError:", e)

total = 0
add = functools.partial(lambda a, b, c: a * b + c, 3)
for i in range(5000):
    total += add(i, 1) + shift(i % 7)
print(total)

sys.setrecursionlimit(200)
def down(n):
    return n if n == 0 else rec(n - 1)
rec = functools.partial(down)
try:
    rec(1000)
except RecursionError as e:
    print("RecursionError")
print(rec(50))
