import _functools as f

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

def add(a, b, c=0, *, d=0):
    return a + b + c + d

print(f.reduce(add, [1, 2, 3, 4]), f.reduce(add, [], 10), f.reduce(add, range(5), 100), f.reduce(lambda a, b: a * b, 'a'))
show('empty', lambda: f.reduce(add, []))
show('one arg', lambda: f.reduce(add))
show('not iterable', lambda: f.reduce(add, 5))
show('kw', lambda: f.reduce(add, [1], initial=2))
p = f.partial(add, 1, d=5)
print(p(2), p(2, 3), p(2, d=0), p.func is add, p.args, p.keywords, type(p), type(p).__name__)
q = f.partial(p, 10, c=1)
print(q(), q.func is add, q.args, q.keywords)
print(repr(f.partial(add, 1, 'x', d=[1])).replace(hex(id(add)), 'ADDR'))
show('partial()', lambda: f.partial())
show('partial(1)', lambda: f.partial(1))
p.attr = 5
print(p.attr)
class MyPartial(f.partial):
    pass
mp = MyPartial(add, 1)
print(mp(2), type(mp).__name__, repr(mp).startswith('MyPartial(<function add'))
print(mp.__reduce__()[1][0] is add, f.partial(add, 1).__reduce__()[2][1])
def cmp(a, b):
    return (a > b) - (a < b)
key = f.cmp_to_key(cmp)
print(sorted([3, 1, 2], key=key), sorted('banana', key=f.cmp_to_key(lambda a, b: cmp(b, a))))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= k1, k1.obj, type(k1).__name__)
show('hash', lambda: hash(k1) and None if False else type(k1).__hash__)
show('cmp other', lambda: k1 < 5)
q = f.partial(print)
q.__setstate__((print, (q,), {}, None))
print(repr(q).replace(repr(print), 'PRINT'), f.partial[int])
show('setstate bad', lambda: q.__setstate__((1, (), {}, None)))
show('setstate short', lambda: q.__setstate__((print,)))
for state in [5, (print, 1, {}, None), (print, (), 5, None)]:
    show('setstate', lambda: q.__setstate__(state))
q.__setstate__((max, (1,), None, None)); print(q(5), q.keywords)
