# Edge cases of deque, itertools, math, _operator and defaultdict.
from _collections import deque, defaultdict
import itertools as it, math, _operator as op
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)
d = deque(range(10))
show("rot", lambda: d.rotate(10**20)); d.rotate(2**62 + 3); print(d)
d.rotate(-2**62); print(d)
print(d.index(5, -3), d.index(5, -100, 100))
show('idx', lambda: d.index(5, 8, 2))
z = deque([1, 2], maxlen=0); z.append(3); z.extend([4]); print(z, len(z))
m = deque([1, 2]); m *= 0; print(m); m2 = deque([1]) * -1; print(m2)
print(deque([1, 2, 3], maxlen=2) * 2, deque('ab', 5) * 3)
e = deque([1]); e.extend(e); print(e); e.extendleft(e); print(e)
print(deque([1, [2]]) == deque([1, [2]]), deque() == deque(), deque([1]) < deque([1, 0]), deque([float('nan')]) == deque([float('nan')]))
n = float('nan'); print(deque([n]) == deque([n]), n in deque([n]), deque([n]).count(n))
print(list(it.product(repeat=3)), list(it.product('ab', repeat=0)), list(it.combinations([], 0)), list(it.permutations('abc', 0)))
print(list(it.islice(it.count(1j, 1j), 3)), list(it.islice(it.count(0.1, 0.1), 3)))
print(list(it.zip_longest('ab', 'c', 'def')), next(it.repeat(5)), list(it.repeat('x', 0)))
t = it.tee(range(3), 5); print([list(x) for x in t])
print(sorted(it.chain.from_iterable(it.combinations_with_replacement('ab', 3))))
print(list(it.takewhile(bool, [1, 1, 0, 1])), list(it.dropwhile(bool, [1, 0, 1])))
print(math.comb(10**6, 3), math.perm(10**6, 2), math.isqrt(10**100 - 1) == 10**50 - 1, math.factorial(25))
print(math.log(10**400, 10**200), math.log2(2**1000 + 1), math.log10(10**-5), math.log1p(1e-20))
print(math.fsum([1e308, -1e308, 1.0]), math.fsum([2.0**-1074] * 3), math.fsum([0.1, 0.2, 0.3]))
print(math.gcd(True, 4), math.lcm(2**64, 3), math.gcd(-2**70, 0), math.prod([2] * 70), math.prod([], start=2.5))
print(math.hypot(*range(20)), math.dist((1, 2, 3), [4, 5, 6]), math.sumprod if hasattr(math, 'sumprod') else 'no sumprod')
print(op.countOf([1, True, 1.0], 1), op.indexOf((0, False), False), op.is_(None, None))
show('dd missing None', lambda: defaultdict().__missing__('q'))
print(repr(defaultdict(defaultdict)), defaultdict(int).copy().default_factory)
