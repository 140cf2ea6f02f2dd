# Subclasses of str: instances act as strs, results of str methods are plain strs.

class MyStr(str):
    pass

s = MyStr("hello")
print(s, repr(s), type(s).__name__, isinstance(s, str))
print(s + "!", type(s + "!").__name__, ">" + s)
print(s.upper(), s[1], len(s), s == "hello", "hello" == s, s.startswith("he"))
s.tag = 1
print(s.tag, str(s), type(str(s)).__name__, f"{s}|{s!r}", "%s" % s)
print(hash(s) == hash("hello"), {s: 1}["hello"], {"hello": 2}[s])
print(",".join([s, "x"]), "ell" in s, s * 2, sorted([MyStr("b"), "a"]))
print("hello world".startswith((MyStr("x"), MyStr("hel"))), s.center(9, MyStr("*")))
print("a-b".split(MyStr("-")), s.strip(MyStr("ho")))


class Up(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __repr__(self):
        return "Up(" + str.__repr__(self) + ")"

u = Up("abc")
print(u, repr(u), u.lower(), [u], type(u.lower()).__name__)
print(getattr(u, MyStr("lower"))(), hasattr(u, MyStr("upper")))
