# set() and set(iterable) are made in one step when the class has set's own
# __new__ and __init__; what they give and raise must be the two steps'.
class S(set):
    pass


class WithInit(set):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "init"


class WithNew(set):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.tag = "new"
        return obj


print(set(), set("abca") == {"a", "b", "c"}, set(x for x in range(3)), set([]))
for cls in (set, S, WithInit, WithNew):
    s = cls([3, 1, 2])
    print(cls.__name__, type(s).__name__, sorted(s), getattr(s, "tag", None))
    if cls is not set:
        s.extra = 1
    for bad in (lambda: cls(1, 2), lambda: cls(5), lambda: cls(iterable=[1])):
        try:
            bad()
        except TypeError as e:
            print(" ", type(e).__name__, e)
s = S("ab")
s.x = 5
print(sorted(s), s.x, s.__dict__, isinstance(s, set))
d = {}
for i in range(1000):
    d.setdefault(i % 7, set()).add(i)
print(sorted((k, len(v)) for k, v in d.items()))
class Meta(type):
    def __call__(cls, *args):
        return "meta"
class M(set, metaclass=Meta):
    pass
print(M([1]))
