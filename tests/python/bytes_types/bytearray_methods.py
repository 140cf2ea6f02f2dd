class BA(bytearray):
    pass
class B(bytes):
    pass
ba = BA(b"Hello")
bb = B(b"World")
for name in ["upper", "lower", "strip", "title", "swapcase", "capitalize", "expandtabs", "zfill", "center", "ljust", "replace", "translate", "join", "copy" if False else "upper"]:
    args = {"zfill": (8,), "center": (9,), "ljust": (7,), "replace": (b"l", b"L"), "translate": (None,), "join": ([b"x", b"y"],)}.get(name, ())
    r1 = getattr(ba, name)(*args)
    r2 = getattr(bb, name)(*args)
    print(name, type(r1).__name__, r1, type(r2).__name__, r2)
print(type(ba + b"!").__name__, type(bb + b"!").__name__, type(ba * 2).__name__, type(bb[1:]).__name__, type(ba[1:]).__name__, type(ba.copy()).__name__)
print(type(ba.split()[0]).__name__, type(bb.split()[0]).__name__, type(ba.partition(b"l")[0]).__name__, type(bytes(ba)).__name__, type(bytearray(bb)).__name__)
a = bytearray(b"abc")
a[1:2] = b"XYZ"
a.reverse()
print(a, a.pop(), a.remove(ord("Z")), a, a.index(b"Y"), a.count(b"c") if False else a.find(b"Y"), a.rfind(b"q"), a.hex(), a.isalpha())
a.extend(b"123")
a.insert(1, ord("-"))
del a[0]
del a[-2:]
print(a, len(a), a[0], a[-1], bytes(a), a == b"-YXa1" if False else a, a.decode())
c = bytearray(10)
c[2:5] = b"xyz"
c[::3] = b"ABCD"
print(c, c.rstrip(b"\x00"), c.count(0), c.lstrip(b"A\x00"))
x = bytearray(b"data")
y = x
x += b"!"
x *= 2
print(x, y is x, x[-1], x.__alloc__() >= len(x), bytearray.fromhex("ab cd"), bytearray(b"abc").__iadd__(b"d"))
for bad in ["bytearray(b'a') + 'x'", "bytearray(b'a').__iadd__(1)", "bytearray(b'abc')[1:2] = 5", "bytearray(b'a').extend(['x'])", "bytearray(b'a').insert(0, b'x')"]:
    try:
        print(eval(bad) if "=" not in bad.split("(")[0] else exec(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
