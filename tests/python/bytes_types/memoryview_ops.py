m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m[::-1].tobytes(), len(m[2:]), m.tolist()[:3], m.nbytes, m.readonly)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m == b"abcdef", m[1:3] == b"bc", m == memoryview(b"abcdef"), m != b"x", m.hex(), m.obj, m[2:].obj is m.obj)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly, mv.tobytes(), bytes(mv[::-2]))
i = memoryview(bytearray(8)).cast("i")
i[0] = -2
i[1] = 2**31 - 1
print(i.format, i.itemsize, i.shape, i.tolist(), i.nbytes, bytes(i.obj), list(i))
h = memoryview(b"\x01\x00\x02\x00\x03\x00").cast("H")
print(h.tolist(), h[1], h[-1], h[::2].tolist(), len(h), h.cast("B").tolist(), h.cast("b", (2, 3)).tolist() if False else h.cast("B").shape)
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = -0.25
print(d.tolist(), d.format, d.itemsize)
q = memoryview(bytearray(range(12))).cast("B", (3, 4))
print(q.shape, q.ndim, q.strides, q.tolist(), q[1, 2], len(q))
c = memoryview(b"ab").cast("c")
print(c.tolist(), c[0], c.format)
for bad in ["memoryview(b'ab')[0]", "memoryview(b'ab').__setitem__(0, 1)", "memoryview(b'abc')[5]", "memoryview(b'abc').cast('i')",
            "memoryview(b'abcd').cast('q')", "memoryview(bytearray(4)).cast('i').__setitem__(0, 2**40)", "memoryview(bytearray(4)).__setitem__(slice(0, 2), b'abc')",
            "memoryview(5)", "memoryview('abc')", "memoryview(bytearray(2)).__setitem__(0, 256)", "memoryview(b'ab').cast('x')",
            "memoryview(bytearray(4)).cast('B', (3,))", "memoryview(b'a').__setitem__(0, b'x')", "memoryview(b'ab')[0.5]",
            "hash(memoryview(bytearray(b'x')))", "memoryview(bytearray(4)).cast('i').__setitem__(0, 1.5)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
r = memoryview(b"xyz")
print(hash(r) == hash(b"xyz"))
r.release()
try:
    r[0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(r)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(r).startswith("<released memory at"), repr(memoryview(b"")).startswith("<memory at"))
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
buf = bytearray(b"grow")
view = memoryview(buf)
view.release()
buf.append(33)
print(buf, memoryview(b"ab").toreadonly().readonly, memoryview(bytearray(b"ab")).toreadonly().readonly)
print(memoryview(b"abc").tobytes("A"), memoryview(b"\x00\x01").cast("h").tolist(), bytes(memoryview(bytearray(b"xy"))[::-1]))
m2 = memoryview(bytearray(range(8))).cast("h")
print(m2.tolist(), m2[::-1].tolist(), m2[::-1].c_contiguous, m2[::2].strides, m2 == m2.tolist() if False else m2 == memoryview(bytearray(range(8))).cast("h"))
print(memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01"), memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x01\x00\x00\x00").cast("I"))
x = memoryview(bytearray(4)).cast("B", (2, 2))
x[1, 1] = 9
print(x.tolist(), x[1, 1], x.cast("B").tolist(), len(x), x.nbytes)
for bad in ["x[1]", "x[0, 0, 0]", "x[0:1, 0:1]", "list(x)", "x.cast('i', (2, 2))", "x[0] = 1", "x[0:1] = b'ab'", "x.cast('B', [0])",
            "memoryview(b'abcd')[::2].cast('B')", "memoryview(b'ab').cast('c').__setitem__(0, b'xy')", "memoryview(b'ab').cast('B', ())",
            "memoryview(bytearray(4)).cast('B', ()).__len__()", "memoryview(b'a').cast('B', ())[()]", "memoryview(b'abcd').cast(1)",
            "memoryview(b'ab').__delitem__(0)", "memoryview(bytearray(b'ab')).__delitem__(0)", "hash(memoryview(b'abcd').cast('i'))"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
f = memoryview(bytearray(8)).cast("f")
f[0] = 1.5
f[1] = 3
print(f.tolist(), f.format, memoryview(bytearray(2)).cast("?").tolist())
for v in [1e40, "x", None]:
    try:
        f[0] = v
    except Exception as e:
        print(type(e).__name__, e)
q = memoryview(bytearray(16)).cast("Q")
q[0] = 2**64 - 1
q[1] = 2**63
print(q.tolist(), memoryview(bytes(q)).cast("q").tolist())
