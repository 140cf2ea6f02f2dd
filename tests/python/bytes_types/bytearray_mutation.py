a = bytearray(b"hello")
a[0] = 72
a[-1] = ord("O")
a[1:3] = b"EY"
print(a)
a[1:3] = b""
print(a)
a[1:1] = b"123"
print(a)
a[::2] = b"xxxx"
print(a, len(a))
del a[::3]
print(a)
a.append(33)
a.extend(b"??")
a.extend([65, 66])
a.extend(iter(range(48, 50)))
a.insert(0, 60)
a.insert(-1, 62)
a.insert(100, 95)
print(a, a.pop(), a.pop(0), a)
a.remove(ord("x"))
a.reverse()
print(a, a.count(b"?"), a.index(b"?"), a.find(63))
a += b"+="
a *= 2
print(a, len(a))
c = a.copy()
a.clear()
print(a, c[:4], bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 0)
for bad in ["bytearray(b'a').__setitem__(0, 256)", "bytearray(b'a').__setitem__(0, -1)", "bytearray(b'a').__setitem__(5, 1)",
            "bytearray(b'a').append(300)", "bytearray(b'a').append('a')", "bytearray(b'a').remove(9)", "bytearray().pop()",
            "bytearray(b'ab').__setitem__(slice(0, 2, 1), 5)", "bytearray(b'abcd').__setitem__(slice(None, None, 2), b'x')",
            "bytearray(b'a').extend(5)", "bytearray(b'a').extend([1, 'x'])", "bytearray(b'a').insert(0, 999)",
            "bytearray(b'a').__setitem__(slice(0, 1), 'x')", "bytearray(b'a').index(b'z')", "bytearray(-1)", "bytearray('x')",
            "bytearray(b'a').__delitem__(5)", "bytearray(b'ab').pop(7)", "bytearray([1, 300])", "bytearray(b'a').__iadd__('x')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
b = bytearray(b"abc")
b[0:1] = [100, 101]
b[-1:] = bytearray(b"Z")
b[1:2] = memoryview(b"MV")
b[len(b):] = range(49, 51)
print(b, b == b"deMVbZ12", b.upper(), type(b.upper()).__name__, bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__)
b2 = bytearray(b"0123456789")
b2[8:2:-2] = b"abc"
print(b2)
b2[::-1] = b2
print(b2)
del b2[5:]
del b2[-1]
print(b2, hash is not None)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
m = bytearray(b"xyz")
it = iter(m)
next(it)
m.append(ord("!"))
print(list(it), bytearray(b"abc").__alloc__() >= 3 if hasattr(bytearray, "__alloc__") else True)
