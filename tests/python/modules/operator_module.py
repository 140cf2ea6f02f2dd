import _operator as o

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(o.add(1, 2), o.sub(5, 7), o.mul('ab', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(-7, 3), o.pow(2, 100))
print(o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.lshift(1, 70), o.rshift(-16, 2), o.matmul(1, 2) if False else 0)
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne('a', 'b'), o.gt(1, 2), o.ge([1, 2], [1]))
print(o.neg(5), o.pos(-5), o.inv(5), o.invert(0), o.abs(-3.5), o.not_([]), o.truth([0]), o.index(True))
print(o.is_(None, None), o.is_not(1, None), o.concat([1], [2]), o.contains([1, 2], 2), o.countOf([1, 2, 1, 1.0], 1), o.indexOf('abc', 'c'))
l = [1, 2, 3]
o.setitem(l, 0, 'x'); o.delitem(l, 1); print(l, o.getitem(l, -1), o.getitem('hello', slice(1, 3)))
x = [1]; y = o.iadd(x, [2]); print(x, y is x, o.iconcat(x, [3]), o.imul(3, 4), o.ipow(2, 5), o.ior({1}, {2}), o.isub(10, 3))
class Hint:
    def __init__(self, n): self.n = n
    def __length_hint__(self): return self.n
print(o.length_hint([1, 2]), o.length_hint(Hint(3)), o.length_hint(5, 7), o.length_hint(Hint(NotImplemented), 4))
show('hint neg', lambda: o.length_hint(Hint(-1)))
show('hint str', lambda: o.length_hint(Hint('x')))
print(o.call(max, 3, 4, key=lambda v: -v))
print(o._compare_digest('abc', 'abc'), o._compare_digest('abc', 'abd'), o._compare_digest(b'ab', b'abc'))
show('compare_digest int', lambda: o._compare_digest(1, 2))
for t in ['o.itemgetter()', 'o.itemgetter(1)()', 'o.itemgetter(1, x=1)', 'o.attrgetter()', 'o.attrgetter(1)',
          'o.attrgetter("a")(1)', 'o.methodcaller()', 'o.methodcaller(1)', 'o.add(1)', 'o.not_()',
          'o.index(1.5)', 'o.length_hint(1, "x")', 'o.countOf(1, 1)', 'o.indexOf([1], 2)', 'o.concat(1, 2)',
          'o.call()', 'o.getitem([1])', 'o.is_(1)', 'o.add(1, "a")']:
    show(t, lambda: eval(t))
ig = o.itemgetter(1, 'a')
print(repr(ig), repr(o.attrgetter('a', 'b.c')), repr(o.methodcaller('m', 1, k='v')), repr(o.itemgetter(0)))
print(type(ig), type(ig).__name__, o.itemgetter.__module__)
print(o.itemgetter(1)('abc'), o.itemgetter(0, 2)([5, 6, 7]), o.itemgetter('k')({'k': 9}))
class P:
    def __init__(self): self.a = 1; self.b = self
    def m(self, x, k=0): return (x, k)
p = P()
print(o.attrgetter('a')(p), o.attrgetter('b.b.a', 'a')(p), o.methodcaller('m', 5, k=6)(p), o.methodcaller('upper')('abc'))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=o.itemgetter(1)))
print(ig.__reduce__())
