log = []
def gen(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
m = map(lambda a, b: a + b, gen("a", 3), gen("b", 2))
print(log, next(m), log)
print(list(m), log)
log.clear()
z = zip(gen("x", 3), gen("y", 1))
print(list(z), log)
log.clear()
z = zip(gen("p", 1), gen("q", 3))
print(list(z), log)
log.clear()
f = filter(lambda v: v % 2, gen("f", 5))
print(next(f), log, list(f), log)
e = enumerate(gen("e", 2), start=10)
print(next(e), list(e))
try:
    list(zip(gen("s", 2), gen("t", 3), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
z = zip("ab", "abc", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
it = iter(range(6))
print(list(zip(*[it] * 3)))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
mm = map(int, ["1", "x", "3"])
print(next(mm))
try:
    next(mm)
except ValueError as e:
    print(type(e).__name__, e)
print(next(mm))
for obj in [map(str, []), filter(None, []), zip(), enumerate([]), reversed([]), iter([]), iter(()), iter(""), iter({}), iter(set())]:
    print(type(obj).__name__, iter(obj) is obj, next(obj, "empty"))
print(list(map(None.__class__, [])) if False else "", list(zip(range(3), map(str, range(10)))))
