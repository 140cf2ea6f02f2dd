a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
b = [a, [a]]
print(b)
d = {"k": a}
a.append(d)
print(a)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"R({self.items!r})"
print(R())
print(a == a, a[2] is a, [a] == [a])
s = [[]] * 3
s[0].append(1)
print(s)
class L(list):
    pass
l = L([1, 2])
l.append(l)
print(l, repr(L()), type(l).__name__)
class L2(list):
    def __repr__(self):
        return "L2!"
print([L2([1])], L2([1]))
import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr(a))
