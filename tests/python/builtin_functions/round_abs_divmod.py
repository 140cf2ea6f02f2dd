

print(round(7.5), round(-7.5), round(8.5), round(0.5), round(1.5, 0), round(-0.0), round(1e-10, 10), round(123.456, -1), round(True), round(-3))
class Num:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return f"round({self.v}, {n})"
    def __abs__(self):
        return f"abs({self.v})"
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __index__(self):
        return self.v
print(round(Num(1)), round(Num(1), 2), round(Num(1), ndigits=None), abs(Num(2)), divmod(Num(3), 4), divmod(5, Num(6)), bin(Num(5)))
for bad in ["round(1, 2, 3)", "round()", "round(1.5, 'x')", "round([1])", "abs('a')", "divmod(1, 'a')", "divmod('a', 1)", "round(1.5, 1.5)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(round(2**70 + 0.0), round(2.5e15 + 0.5), round(1.234567e300, -299), round(5e-324, 323), round(5e-324, 324))
print(divmod(-7, -2), divmod(7, -2.5), divmod(0, 5), divmod(-0.0, 5), divmod(10**20, -(10**19) - 1), divmod(True, True))
print(abs(-0.0), abs(float("-inf")), abs(-True), abs(-(2**100)), abs(complex(-3, 4)))
