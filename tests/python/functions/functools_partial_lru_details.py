# partial keeps one args tuple (copies share it) and formats keyword keys
# with str() after taking the entries; lru_cache hashes a key once per call
# (evictions included); cmp_to_key's key accepts obj=; starred GenericAlias.
import copy
import functools


def capture(*args, **kwargs):
    return args, kwargs


for partial in functools.partial, type("Sub", (functools.partial,), {}):
    f = partial(capture, ["asdf"], bar=[True])
    f.attr = []
    g = copy.copy(f)
    print(g.args is f.args, g.keywords is f.keywords, g.attr is f.attr, f.args is f.args)
    p = partial(capture)

    class MutatesYourDict:
        def __str__(self):
            p.keywords[self] = ["sth2"]
            return "astr"

    p.keywords[MutatesYourDict()] = ["sth"]
    r = repr(p)
    print("astr" in r, "['sth']" in r)


class CountingHash:
    def __init__(self, value):
        self.value = value
        self.hashes = 0

    def __hash__(self):
        self.hashes += 1
        return hash(self.value)

    def __eq__(self, other):
        return isinstance(other, CountingHash) and self.value == other.value


for maxsize in 1, None:
    @functools.lru_cache(maxsize=maxsize)
    def f(x, y):
        return (x.value, y)

    key = CountingHash(5)
    f(key, 1)
    print(key.hashes, f.cache_info())
    f(key, 1)
    print(key.hashes, f.cache_info())
    f(6, 2)
    print(key.hashes, f.cache_info())


def compare(x, y):
    return (x > y) - (x < y)


key = functools.cmp_to_key(mycmp=compare)
print(key(obj=3) == key(obj=3), key(obj=3) > key(obj=1), key(obj=7).obj)

alias = list[int]
print(alias.__unpacked__)
starred = (*tuple[int],)[0]
print(starred, starred.__unpacked__, starred == tuple[int], hash(starred) == hash(tuple[int]))
print(list(tuple[int]), tuple[int, *tuple[str]])
