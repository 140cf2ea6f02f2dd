# The pure-Python functools, collections and operator modules running on the
# native _functools, _collections, _operator and itertools.
import functools, collections, collections.abc, operator, itertools

print(functools.reduce(operator.mul, range(1, 10)), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
def deco(f):
    @functools.wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def documented(x):
    "doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(5))
print(type(functools.partial(print)), functools.partial.__module__)

c = collections.Counter('abracadabra')
print(c.most_common(3), c['z'], sorted((c + collections.Counter('aaz')).items()), sorted((c - collections.Counter('aaaa')).elements()))
d = collections.deque('abc', maxlen=4); d.appendleft('z'); d.append('q'); print(d, d.maxlen, list(reversed(d)))
dd = collections.defaultdict(list); dd[1].append(2); print(dd, dict(dd))
od = collections.OrderedDict(b=2, a=1); od.move_to_end('b'); print(od, list(od))
P = collections.namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p.x, p.y, p._replace(y=5), P._fields)
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm))
print(isinstance(d, collections.abc.MutableSequence), isinstance(dd, collections.abc.MutableMapping))

print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('count', 'a')('banana'))
print(operator.__lt__(1, 2), operator.add(1, 2), operator.length_hint([1, 2, 3]), operator.index(7))
print(list(itertools.accumulate(range(6), operator.mul, initial=1)), list(itertools.starmap(operator.sub, [(5, 3)])))
