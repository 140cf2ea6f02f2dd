d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1}
try:
    for k in d.keys():
        d.pop(k)
        d[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(3)}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(3)}
try:
    for item in d.items():
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(3)}
it = iter(d)
next(it)
d[99] = 99
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except StopIteration as e:
    print("then", type(e).__name__)
except RuntimeError as e:
    print("then", type(e).__name__, e)
d = {i: i for i in range(3)}
it = iter(d)
del d[0]
d[0] = 0
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
r = reversed(d)
d["b"] = 2
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
