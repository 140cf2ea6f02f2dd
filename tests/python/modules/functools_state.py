# functools: lru_cache wrappers pickle by reference; partial's state carries
# its __dict__; builtin __dict__s cannot be deleted; dict views' mapping.
import functools, pickle, copy

@functools.lru_cache(maxsize=None)
def cached(x):
    return x * 2

class C:
    @functools.lru_cache
    def method(self, x):
        return x

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(pickle.loads(pickle.dumps(cached, proto)) is cached, end=" ")
print(cached.__reduce__(), copy.copy(cached) is cached, copy.deepcopy(cached) is cached)
import weakref
print(weakref.ref(cached)() is cached)

def capture(*args, **kw):
    return args, kw

p = functools.partial(capture, 1, a=2)
print(p.__reduce__()[2][3])
p.attr = [1]
state = p.__reduce__()[2]
print(state[3])
q = functools.partial(len)
q.__setstate__(state)
print(q(5), q.__dict__, q.attr is p.attr)
q.__setstate__((capture, (7,), None, None))
print(q(), q.__dict__)
kw = {"k": 1}
q.__setstate__((capture, (), kw, {"x": 1}))
print(q.keywords is kw, q.x)
r = copy.deepcopy(p)
print(r.attr, r.attr is p.attr, r(3))
for obj in [p, lambda: 0, ValueError(), classmethod(len), staticmethod(len)]:
    try:
        del obj.__dict__
    except TypeError as e:
        print(type(obj).__name__, e)

class K:
    pass
k = K(); k.a = 1
del k.__dict__
print(k.__dict__)

d = {"a": 1}
for view in [d.keys(), d.values(), d.items()]:
    m = view.mapping
    print(type(m).__name__, m, m["a"])
