a = [0] * 10
a[2:3] = range(1000000)
print(len(a), a[:4], a[-3:])
b = []
b.extend(range(1000000))
b += range(200000)
print(len(b), b[-1])
c = list(range(10))
c[1:1] = [7] * 500000
print(len(c), c[:3], c[-3:])
d = list(range(10))
d[2:5] = d
print(d)
e = [1, 2] * 300000
e += e
print(len(e))
f = list(range(10))
f[::2] = f[1::2]
print(f)
g = [[]] * 200000 * 2
print(len(g), g[0] is g[-1])
h = list(range(5))
h[1:3] = (x * x for x in range(300000))
print(len(h), h[:4], h[-2:])
try:
    h[::2] = [1, 2]
except ValueError as exc:
    print(exc)
