# and/or/not: short-circuiting, returned operands, __bool__ calls counted, conditional expressions.
calls = []
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        calls.append(self.name)
        return self.truth
    def __repr__(self):
        return self.name
a, b, c = T("a", True), T("b", False), T("c", True)
print(a and b, calls)
calls.clear()
print(b and a, calls)
calls.clear()
print(a or b, calls)
calls.clear()
print(b or c, calls)
calls.clear()
print(not a, not b, calls)
calls.clear()
print(a and b or c, calls)
calls.clear()
print(b if a else c, calls)
calls.clear()
r = a and c
print(r, calls, "result is operand:", r is c)
calls.clear()
if a and b:
    pass
print("in if:", calls)
calls.clear()
while b:
    pass
print("in while:", calls)
calls.clear()
x = [v for v in (a, b, c) if v]
print(x, calls)
calls.clear()
print(all([a, b, c]), calls)
calls.clear()
print(any([b, c, a]), calls)
calls.clear()
print(0 or "" or [] or None, 1 and "x" and [1], (0 and 1/0), (1 or 1/0))
print([] or {} or "default", "" and 1/0, None is None is not False)

class NoBool:
    def __bool__(self):
        raise ValueError("no bool")
try:
    NoBool() and 1
except ValueError as e:
    print(type(e).__name__, e)
print(1 or NoBool(), 0 and NoBool())
try:
    not NoBool()
except ValueError as e:
    print(type(e).__name__, e)
class BadBoolType:
    def __bool__(self):
        return 1
try:
    if BadBoolType():
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("ternary", "yes" if [] else "no", "x" if 1 else 1/0)
