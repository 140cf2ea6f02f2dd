# Mixed numeric operands: bool/int/float/complex promotion, reflected dunders on builtins.
print(True + True, True * 2.5, 1 + 2j, 2.5 - True, 3 // 2.0, -7 // 2, -7 % 3, 7 % -3, -7.5 % 2)
print((1).__add__(2.0), (1.0).__radd__(1), (2).__rpow__(3), (1).__truediv__(2), (3).__rsub__(10))
print(int.__add__(1, 2), float.__mul__(2.0, 3), complex.__add__(1j, 1))
print(divmod(-7, 2), divmod(7.5, 2), pow(2, -1), pow(2, 3, 5), pow(-2, 2, 5), 2 ** -2, (-8) ** (1/3) == (-8) ** (1/3))
print(10 / 4, 10 // 4, 2 ** 100, 2.0 ** 10, 1e308 * 10, -1e308 * 10, 0.1 + 0.2)

def show(thunk):
    try:
        print(thunk())
    except (TypeError, ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: divmod(1, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: pow(2, 3, 0))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, -1, 5))
show(lambda: pow(3, -1, 6))
show(lambda: 1j // 1)
show(lambda: 1j % 1)
show(lambda: 2 ** 10000.0)
show(lambda: 1 << -1)
show(lambda: 1.5 << 1)
show(lambda: ~1.5)
show(lambda: -"a")
show(lambda: (1).__add__("a"))
show(lambda: 10 ** 400 / 1)
show(lambda: float(10 ** 400))
print(1 == 1.0 == 1 + 0j, hash(1) == hash(1.0) == hash(1 + 0j), True == 1, {1: "a", 1.0: "b", True: "c"})
print(1 < 1.5 < 2, 2 ** 53 + 1 > 2.0 ** 53, float("nan") == float("nan"), float("inf") > 10 ** 400)
print(abs(-3), abs(-2.5), abs(3 + 4j), -(-0.0), round(2.5), round(3.5), round(-0.5), round(1.25, 1))
print(int(True), float(False), complex(True), bool(0j), 0 or 0.0 or "x")

class MyNum:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return MyNum(other + self.v)
    def __repr__(self):
        return f"MyNum({self.v})"
print(1 + MyNum(2), 1.5 + MyNum(1), sum([MyNum(1), MyNum(2)], 0) if False else sum([1, 2], MyNum(0)) if False else "skip")
print(sum([1, 2, 3], start=0), 0 + MyNum(5))
