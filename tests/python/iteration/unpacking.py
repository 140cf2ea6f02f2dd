# Unpacking in assignments, for targets, calls and literals, and its errors.
def show(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a, b = 1, 2
(c, d), e = (3, 4), 5
[f, g] = "xy"
h, *i = range(4)
*j, k = [1]
l, *m, n = "abcde"
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n)

def unpack2(v):
    x, y = v
    return x, y
def unpack_star(v):
    x, y, *z = v
    return x, y, z
show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2([1]))
show(lambda: unpack2([]))
show(lambda: unpack2(5))
show(lambda: unpack2(None))
show(lambda: unpack2({"a": 1, "b": 2}))
show(lambda: unpack2("abc"))
show(lambda: unpack_star([1]))
show(lambda: unpack_star(range(2)))
def unpack_gen():
    x, y = (i for i in range(5))
show(unpack_gen)
def unpack_gen_short():
    x, y, z = (i for i in range(2))
show(unpack_gen_short)
def unpack_iter():
    x, = iter([1, 2])
show(unpack_iter)
def one():
    x, = [7]
    return x
show(one)

for idx, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(idx, p, q)
try:
    for p, q in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)

print([*range(3), *"ab"], (*[1], 2), {*"aa", 1} == {"a", 1}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], sep="-")
show(lambda: [*5])
show(lambda: (*None,))
show(lambda: {*1})
show(lambda: {**[]})
show(lambda: {**{1: 2}, **5})
show(lambda: print(*1))
def kw(**k):
    return k
show(lambda: kw(**{"a": 1}, **{"a": 2}))
first, *rest = {3: "x", 1: "y"}
print(first, rest)
x = y = z = [0]
print(x is z)
t = (1, [2, 3])
(u, [v, w]) = t
print(u, v, w)
obj = type("O", (), {})()
obj.a, obj.b = 1, 2
lst = [0, 0]
lst[0], lst[1] = lst[1] + 5, 9
print(obj.a, obj.b, lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
