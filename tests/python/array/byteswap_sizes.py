# byteswap of every item size (DataView-based swap in array_methods.ts),
# twice (the identity), on arrays of odd lengths and an empty one.
from array import array

for code in "bBhHiIlLqQfd":
    size = array(code).itemsize
    values = [(i * 37) % 100 for i in range(13)]
    if code in "fd":
        values = [v / 8 for v in values]
    a = array(code, values)
    a.byteswap()
    print(code, size, a.tobytes().hex())
    a.byteswap()
    print(code, a.tolist() == values)
u = array("u", "héllo☃")
u.byteswap()
print(u.tobytes().hex())
u.byteswap()
print(u.tounicode())
e = array("i")
e.byteswap()
print(e)
big = array("h", range(-300, 300)) * 50
big.byteswap()
print(sum(big), big[:4].tolist(), big[-3:].tolist())
q = array("q", [1, -2, 2**40 + 5, -(2**62)])
q.byteswap()
print(q.tolist())
d = array("d", [1.5, -0.0, 1e300])
d.byteswap()
print(d.tobytes().hex())
