from _collections import deque, defaultdict, _count_elements
import _collections

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8]); print(d, d.count('a'), d.index(2), d.index('b', 2), 2 in d, 'z' in d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.reverse(); print(d)
d.insert(1, 'i'); d.insert(-1, 'j'); d.insert(100, 'end'); d.remove('a'); print(d)
d[0] = 'first'; del d[1]; print(d, bool(d), bool(deque()))
print(d.copy(), d.copy() == d, d.copy() is d, deque(d) == d)
b = deque(range(10), maxlen=3); print(b, b.maxlen, deque().maxlen); b.append(10); b.appendleft(-1); print(b)
b.extend(range(5)); print(b); b.extendleft('xy'); print(b)
print(deque('ab') + deque('cd'), deque('ab') * 3, 2 * deque([1]), deque([1, 2], maxlen=3) * 3)
x = deque([1]); x += [2, 3]; x *= 2; print(x)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) != deque([1, 2]), deque([2]) >= deque([1, 5]), deque([1, 2]) == [1, 2])
print(list(reversed(deque('abc'))), list(deque('abc')), sum(deque(range(100))))
y = deque(); y.append(y); print(y)
r = deque([1, 2, 3], 2); print(r); r.clear(); print(r, len(r))
for t in ['deque(1)', 'deque([], -1)', 'deque([], "a")', 'd[50]', 'd["a"]', 'd[1:2]', 'deque().pop()', 'deque().popleft()',
          'd.remove(99)', 'd.index(99)', 'deque([1], 1).insert(0, 2)', 'd + [1]', 'd * "a"',
          'd.rotate("a")', 'd.index(1, "a")', 'deque([], x=1)', 'deque(1, 2, 3)', 'd.count()', 'd.extend(1)', 'hash(d) if False else d.__hash__']:
    show(t, lambda: eval(t))
it = iter(d); next(it); d.append(4)
show('mutated', lambda: next(it))
print(type(iter(d)), type(reversed(d)), deque.__module__, _collections._deque_iterator)
z = deque([1, 2]); z.__init__([5, 6, 7], 2); print(z)
class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=5); m.tag = 'hi'; print(m, m.tag, m.copy(), type(m.copy()).__name__, isinstance(m, deque))
print(deque([1, 2]).__reduce__()[:2], deque([1], 3).__reduce__()[:2])

dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b']; print(dd, dd.default_factory, len(dd), 'c' in dd, dd.get('c'))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict), type(counts).__name__)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, {'a': 1}, b=2), defaultdict(None, a=1))
n = defaultdict(None); show('missing', lambda: n['x'])
show('bad factory', lambda: defaultdict(1))
c = dd.copy(); c['z']; print(type(c).__name__, sorted(c), sorted(dd), c.default_factory is list)
dd.default_factory = set; dd['s'].add(1); print(dd['s'])
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
class MyDD(defaultdict):
    pass
print(MyDD(int, {1: 2}), MyDD(str)['q'] == '')
cnt = {}
_count_elements(cnt, 'abracadabra'); print(cnt)
class Mapping(dict):
    pass
mm = Mapping(); _count_elements(mm, [1, 2, 1]); print(mm, type(mm).__name__)
