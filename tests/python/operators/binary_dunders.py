# Every binary, in-place and unary operator through special methods.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v!r})"
names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
         "lshift", "rshift", "and", "xor", "or"]
for n in names:
    setattr(V, f"__{n}__", (lambda n: lambda self, o: f"{n}({self.v},{o})")(n))
    setattr(V, f"__r{n}__", (lambda n: lambda self, o: f"r{n}({self.v},{o})")(n))
for n in ["neg", "pos", "invert", "abs"]:
    setattr(V, f"__{n}__", (lambda n: lambda self: f"{n}({self.v})")(n))
a = V(1)
print(a + 2, a - 2, a * 2, a @ 2, a / 2, a // 2, a % 2, divmod(a, 2), a ** 2)
print(a << 2, a >> 2, a & 2, a ^ 2, a | 2, pow(a, 2))
print(2 + a, 2 - a, 2 * a, 2 @ a, 2 / a, 2 // a, 2 % a, divmod(2, a), 2 ** a)
print(2 << a, 2 >> a, 2 & a, 2 ^ a, 2 | a)
print(-a, +a, ~a, abs(a))

class Inplace(V):
    def __iadd__(self, o):
        self.v += o
        return self
    def __imul__(self, o):
        return NotImplemented
    def __ipow__(self, o):
        return "ipow"
x = Inplace(1)
y = x
x += 5
print(x, x is y)
x *= 3
print(x)
try:
    x **= 2
except TypeError as e:
    print(type(e).__name__, e)
w = Inplace(3)
w **= 2
print(w)
z = Inplace(2)
z -= 1
print(z)

class Plain:
    pass
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
p = Plain()
show(lambda: p + 1)
show(lambda: 1 - p)
show(lambda: p @ p)
show(lambda: -p)
show(lambda: ~p)
show(lambda: abs(p))
show(lambda: p ** 2)
show(lambda: pow(p, 2, 3))
show(lambda: divmod(p, 1))
show(lambda: "a" * 1.5)
show(lambda: [1] + (2,))
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: {} | [])
def iadd():
    q = Plain()
    q += 1
show(iadd)
def ior():
    q = [1]
    q |= 1
show(ior)
def imatmul():
    q = 1
    q @= 2
show(imatmul)
show(lambda: None < 1)
class Ternary:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(Ternary(), 2, 5), Ternary() ** 3, 2 ** Ternary())
show(lambda: pow(2, Ternary(), 5))
