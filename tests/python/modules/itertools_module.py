import itertools as it

def show(label, thunk):
    try:
        r = thunk()
        print(label, repr(r) if 'object at' not in repr(r) else type(r))
    except Exception as e:
        print(label, type(e).__name__, e)

take = lambda n, i: list(it.islice(i, n))
print(take(5, it.count()), take(3, it.count(10, -2)), take(3, it.count(0.5, 0.25)), take(2, it.count(2**62, 2**62)))
c = it.count(1, 1.0); next(c); print(repr(c), repr(it.count(1, 1)), repr(it.count(0, 1.0)), repr(it.count(step=1.5)), repr(it.count(5, True)))
print(repr(it.count()), repr(it.count(5, 2)), repr(it.count(2**70, -1)), repr(it.repeat('a')), repr(it.repeat('a', 3)), repr(it.repeat(1, -5)))
print(take(7, it.cycle('abc')), list(it.cycle([])), take(4, it.repeat(None)), list(it.repeat(1, 3)), it.repeat(1, 3).__length_hint__())
r = it.repeat('x', 2); next(r); print(repr(r))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=1)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')), list(it.accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain()), list(it.chain.from_iterable(['ab', 'cd'])), list(it.chain.from_iterable([])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])), list(it.compress('a', [0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a', None, []])), list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(max, [[1, 5], 'ab'])))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None)), list(it.islice('abcdefg', 0, None, 2)))
print(list(it.islice(range(10), 1, 8, 3)), list(it.islice(range(10), None)), list(it.islice('ab', 5, 10)), list(it.islice(it.count(), 3, 10, 4)))
src = iter(range(10)); print(list(it.islice(src, 2, 4)), next(src))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby('aabbb')); print([(k, list(g)) for k, g in groups])
g = it.groupby('aabbc'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2))
a, b = it.tee([1, 2, 3]); print(list(a), list(b)); a, b, c = it.tee(iter('abc'), 3); print(next(a), next(a), list(b), list(a), list(c))
t1, t2 = it.tee(it.count()); print(next(t1), next(t1), next(t2)); t3, = it.tee(t1, 1); print(next(t3), next(t1))
print(it.tee([], 0), type(it.tee([])[0]).__name__)
t, = it.tee('xy', 1); u = t.__copy__(); print(list(t), list(u))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('a', 'bcd', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([], [])))
print(list(it.product('ab', [1, 2])), list(it.product([0, 1], repeat=2)), list(it.product()), list(it.product('ab', [])), list(it.product(repeat=0)))
print(list(it.permutations('abc')), list(it.permutations([1, 2, 3], 2)), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), sum(1 for _ in it.product(range(5), repeat=4)))
for t in ['it.count("a")', 'it.count(1, "a")', 'it.count(1,2,3)', 'it.cycle()', 'it.cycle(1)', 'it.repeat()',
          'it.repeat(1, "a")', 'it.accumulate()', 'it.chain(1)', 'next(it.chain(1))', 'it.chain.from_iterable()',
          'it.compress([1])', 'it.dropwhile(None)', 'it.filterfalse(None)', 'it.groupby()', 'it.islice([1])',
          'it.islice([1], -1)', 'it.islice([1], "a")', 'it.islice([1], 1, 2, 0)', 'it.islice([1], -1, 2)', 'it.islice([1],1,2,3,4)',
          'it.pairwise()', 'it.starmap(len)', 'it.takewhile(len)', 'it.tee([1], -1)', 'it.tee()', 'it.zip_longest(1)',
          'it.product(1)', 'it.product([1], repeat=-1)', 'it.permutations()', 'it.permutations([1], -1)',
          'it.combinations([1])', 'it.combinations([1], -1)', 'it.combinations_with_replacement([1], -1)',
          'it.cycle([1], x=1)', 'it.chain(x=1)', 'it.count(x=1)', 'it.repeat(1, times=-1)', 'list(it.starmap(len, [1]))',
          'it.repeat(1).__length_hint__()']:
    show(t, lambda: eval(t))
print([type(x).__name__ for x in [it.count(), it.chain(), it.groupby([]), it.tee([])[0], it.islice([], 1)]], it.chain.__module__, it.count)
class MyChain(it.chain):
    pass
print(type(MyChain('ab')).__name__, list(MyChain('ab', 'c')), isinstance(MyChain(), it.chain))
total = 0
for i in it.islice(it.count(), 100000):
    total += i
print(total)
show('islice huge', lambda: it.islice([], 2**63))
print(list(it.islice('abc', 2**63 - 1)), list(it.islice('abcdef', 1, 2**62, 2)))
def keyfail(x):
    if x == 3: raise KeyError('k')
    return x // 2
g = it.groupby([1, 2, 3, 4], key=keyfail)
print(next(g)[0]); show('groupby key error', lambda: list(g))
a = it.accumulate([1, 2, 3], lambda x, y: x * 10 + y, initial=9); print(list(a))
