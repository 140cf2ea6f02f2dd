# tuples (small and large), lists, dicts, sets and frozensets, in every version.
import marshal

one, two = 1, 2
small = (one, two)
big = tuple(range(300))
lst = [one, "a", 2.5]
empty_t = ()
dct = {"a": one, 2: small}
st = {one, two, 3}
fs = frozenset([one])
efs = frozenset()
nested = [small, lst, dct, [st, fs]]
for value in [small, big, lst, empty_t, dct, st, fs, efs, nested, [], {}]:
    for version in range(5):
        data = marshal.dumps(value, version)
        back = marshal.loads(data)
        assert back == value and type(back) is type(value), (value, version)
    print(type(value).__name__, len(value), marshal.dumps(value, 2)[:40], marshal.dumps(value)[:40])
print(marshal.loads(b"(\x02\x00\x00\x00N)\x00"), marshal.loads(b"[\x00\x00\x00\x00"))
print(marshal.loads(b"{i\x01\x00\x00\x00N0"), marshal.loads(b"{0"), marshal.loads(b"{i\x01\x00\x00\x000"))
print(sorted(marshal.loads(b"<\x02\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00")))
print(marshal.loads(b">\x00\x00\x00\x00"), type(marshal.loads(b">\x00\x00\x00\x00")).__name__)
class L(list):
    pass
for v in (L(), {1: object()}, (1, [2, lambda: 0])):
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(type(v).__name__, e)
