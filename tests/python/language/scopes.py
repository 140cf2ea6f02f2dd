# Name resolution: globals, nonlocal, class scopes, comprehension scopes, walrus.
x = "global"
def read_global():
    return x
def write_global():
    global x
    x = "rebound"
print(read_global()); write_global(); print(x)

class C:
    y = 1
    z = [y * i for i in range(3)] if False else None
    def method(self):
        return y if False else "method sees module scope"
print(C.y, C.z, C().method())

def make_adders():
    return [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in make_adders()])

def outer():
    value = 1
    def middle():
        def inner():
            nonlocal value
            value += 1
            return value
        return inner
    return middle()()
print(outer())

if (n := 10) > 5:
    print("walrus", n)
print([y := i * 2 for i in range(3)], y)

a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "hi"
print(first, second)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
def uses_unbound():
    print(undefined_local)
    undefined_local = 1
try:
    uses_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(missing_name)
except NameError as e:
    print("NameError:", e)
del x
try:
    x
except NameError as e:
    print("NameError:", e)
