# Class patterns against builtins and their subclasses; self-matching positional sub-patterns.
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
class MyList(list):
    __match_args__ = ("x",)
    x = "attr"

def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case float(f) | complex(f):
            return f"float/complex {f}"
        case str("") :
            return "empty str"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case bytes(bs) | bytearray(bs):
            return f"bytes-like {len(bs)}"
        case tuple((a, b)):
            return f"2-tuple {a},{b}"
        case list([*items]) if len(items) > 2:
            return f"long list {items}"
        case dict({"k": kv}):
            return f"dict with k={kv}"
        case frozenset(fs) | set(fs):
            return f"set-like {sorted(fs)}"
        case MyList(x):
            return f"MyList x={x}"
        case int(n):
            return f"int {n}"
        case _:
            return f"other {type(v).__name__}"

for v in [True, 0, MyInt(0), -3, MyInt(5), 1.5, 2j, "", "123", MyStr("45"), b"ab", bytearray(3),
          (1, 2), MyTuple((3, 4)), [1, 2, 3], MyList([1]), {"k": 1}, MyDict(k=2), {1, 2}, frozenset([3]), None]:
    print(repr(v), "->", kind(v))

def two_positional(v):
    match v:
        case str(a, b):
            return "?"
try:
    two_positional("x")
except TypeError as e:
    print(type(e).__name__, e)
def keyword_on_int(v):
    match v:
        case int(real=r, imag=i):
            return (r, i)
print(keyword_on_int(7), keyword_on_int(True))
def not_a_type(v):
    match v:
        case print():
            return "?"
try:
    not_a_type(1)
except TypeError as e:
    print(type(e).__name__, e)
