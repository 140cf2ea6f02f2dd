# == by unpacked values (memory_richcompare), hashing rules.
import array


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


a = memoryview(b"abc")
print(a == b"abc", a == bytearray(b"abc"), a == memoryview(b"abc"), a != b"abd")
print(a == "abc", a == [97, 98, 99], a == 3, a.__eq__("abc"), a.__lt__(a))
attempt("ordering", lambda: a < a)
print(a.cast("c") == a, a.cast("c") == a.cast("c"), a.cast("b") == a)
print(memoryview(array.array("i", [1, 2])) == array.array("i", [1, 2]))
print(memoryview(array.array("i", [1, 2])) == array.array("l", [1, 2]))
print(memoryview(array.array("i", [1, 2])) == array.array("h", [1, 2]))
print(memoryview(array.array("d", [1.0, 2.0])) == array.array("i", [1, 2]))
print(memoryview(array.array("f", [1.5])) == array.array("d", [1.5]))
nan = memoryview(array.array("d", [float("nan")]))
print(nan == nan, nan != nan)
u = memoryview(array.array("u", "ab"))
print(u.format, u == u, u != u)
r = memoryview(b"x")
r.release()
print(r == r, r == b"x", r != memoryview(b"x"))
print(memoryview(b"ab")[::-1] == b"ba", memoryview(b"") == b"")
print(memoryview(b"abcd").cast("B", [2, 2]) == b"abcd")
print(hash(memoryview(b"abc")) == hash(b"abc"))
print(hash(memoryview(b"abcdef")[::2]) == hash(b"ace"))
print(hash(memoryview(b"abc").cast("c")) == hash(b"abc"))
print(hash(memoryview(b"abc").cast("b")) == hash(b"abc"))
attempt("hash writable", lambda: hash(memoryview(bytearray(b"abc"))))
attempt("hash format", lambda: hash(memoryview(b"abcd").cast("i")))
try:
    hash(memoryview(array.array("b", [1])).toreadonly())
except TypeError as e:
    print("hash toreadonly array -> TypeError", str(e).startswith("unhashable type"))
ro = memoryview(bytearray(b"xyz")).toreadonly()
print(ro.readonly, hash(ro) == hash(b"xyz"))
h = memoryview(b"q")
value = hash(h)
h.release()
print(hash(h) == value)
fresh = memoryview(b"q")
fresh.release()
attempt("hash released", lambda: hash(fresh))
print({memoryview(b"k"): 1}[b"k"] if False else len({memoryview(b"k"), b"k"}))
