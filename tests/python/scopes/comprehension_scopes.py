# Comprehension scopes: own namespace, class bodies, walrus, nested closures.
x = "global"
result = [x for x in range(3)]
print(x, result)
print([y for y in range(2)], "y" in globals())

def func():
    z = 10
    return [z + i for i in range(3)], {i: z for i in range(2)}, {z * i for i in range(2)}
print(func())

class C:
    v = 5
    direct = [v for _ in range(2)] if False else None
    outer_iter = [i for i in range(v)]
    try:
        inner = [v for _ in range(1)]
    except NameError as e:
        inner = str(e)
print(C.outer_iter, C.inner)

print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])

total = 0
values = [total := total + n for n in range(4)]
print(values, total)
def walrus_in_func():
    [last := n for n in range(3)]
    return last
print(walrus_in_func())
print([w for w in range(5) if (half := w // 2) > 0], half)

matrix = [[1, 2], [3, 4]]
print([n for row in matrix for n in row], [[r * 10 for r in row] for row in matrix])
print({k: [v for v in range(k)] for k in range(3)})
def gen_vars():
    data = [1, 2]
    return sorted(locals()), [sorted(locals()) for _ in range(1)][0]
print(gen_vars())

def uses_outer_in_comp():
    a = 1
    def inner():
        return [a + b for b in range(2)]
    a = 2
    return inner()
print(uses_outer_in_comp())

try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
def unbound_in_comp():
    try:
        return [q for _ in range(1)]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    q = 1
print(unbound_in_comp())
print([i for i in range(3) for i in range(i)])
print(type([i for i in ()]).__name__, type({i for i in ()}).__name__, type({i: i for i in ()}).__name__)
