s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(9)
s.discard(3)
s.remove(4)
print(s, len(s), 2 in s, s.pop() in {1, 2}, len(s))
try:
    s.remove(9)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove([])
except TypeError as e:
    print(type(e).__name__, e)
print(s.discard([]) if False else "", {(1, 2)}.__contains__((1, 2)), {frozenset()} , set([frozenset()]) == {frozenset()})
try:
    {1}.discard({2})
    print("discard set ok")
    print({frozenset([2])}.__contains__({2}), {2} in {frozenset([2])})
except TypeError as e:
    print(type(e).__name__, e)
e = set()
try:
    e.pop()
except KeyError as ex:
    print(type(ex).__name__, ex)
c = {1, 2}
d = c.copy()
c.clear()
print(c, d, set(), frozenset(), set("hello") == set("ohel"), set({1: 2}), set(range(3)), frozenset("aab") == frozenset("ab"))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({None}), repr(frozenset([frozenset()])))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([2]), repr(S()), repr(F()), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(F([1]).copy()).__name__)
f = frozenset([1, 2])
print(f.copy() is f, frozenset(f) is f, F(f) is f, hash(f) == hash(frozenset([2, 1])), hash(frozenset()), hash(frozenset([1])), hash(frozenset(range(5))))
print(hash(frozenset([1, 2, 3])), hash(frozenset(["a"])) == hash(frozenset(["a"])), hash(frozenset([(1, 2)])))
for bad in ["hash({1})", "{1}.add()", "{1}.add(1, 2)", "set(1)", "set(1, 2)", "frozenset(1)", "set([1]).update(5)",
            "{1}.union([[]])", "{1}.pop(0)", "set(x=1)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter({1, 2, 3})
print(it.__length_hint__(), type(it).__name__, next(it), it.__length_hint__())
print(set.__name__, set.__hash__, frozenset.__hash__ is not None, isinstance(frozenset(), set), issubclass(frozenset, set))
