class P:
    x = 3
    items = [10, 20, {"k": "v"}]
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print("{} {} {}".format(1, "a", p), "{0} {1} {0}".format("x", "y"), "{a} {b}".format(a=1, b=2), "{0[0]} {0[1]}".format("ab"))
print("{.x} {.items[2][k]} {0.items[1]}".format(p, p), "{0!r} {0!s} {0!a} {0}".format(p), "{!r:>10}".format("é"), "{!a}".format("é😀"))
print("{:{}{}}".format("x", ">", 5), "{:{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}}".format(42, "05"), "{:*^{}}".format("c", 7))
print("{{}} {{{}}} }}{{".format(5), "{0[key]}".format({"key": 1}), "{0[-1]}".format({"-1": "neg"}), "{0[1]}".format({1: "int"}))
print("{:<5}|{:>5}|{:^5}|{:=5}|".format("a", "b", "c", -1), "{:x<4}".format(1), "{!s:}".format(1), "{:}".format(2))
print("{0.real}".format(5), "{0.__class__.__name__}".format(1.5), "{[0]}".format([9]), "{0[0][0]}".format([[7]]))
print(format(p, "abc"), "{:xyz}".format(p), f"{p:q}", "{0:{1}}".format(p, "nested"), "{:%Y}".format(p))
for fmt, args, kwargs in [("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{0}}", (1,), {}), ("{1}", (1,), {}), ("{a}", (), {}),
                          ("{0!x}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}), ("{} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}),
                          ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}),
                          ("{0[a]}", ([1],), {}), ("{0[0]}", (1,), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}), ("{:{}}", (1,), {}),
                          ("{:{:{}}}", (1, 2, 3), {}), ("{0:{a}}", (1,), {}), ("{!r", (1,), {}), ("{:>{}}", (1, "x"), {}),
                          ("{0.__class__.__nope__}", (1,), {}), ("{ 0 }", (1,), {}), ("{0 }", (1,), {}), ("{00}", (1,), {}),
                          ("{-1}", (1,), {}), ("{0[0][}", ([[1]],), {}), ("{:,d}", (1.5,), {}), ("{:=}", ("a",), {}),
                          ("{:+}", ("a",), {}), ("{:#}", ("a",), {}), ("{:,}", ("a",), {}), ("{:0}", ("a",), {}), ("{:=5}", ("a",), {})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("{0} {x}".format_map({"x": 1}) if False else "{x} {y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return "?" + key
print("{a} {b} {c.real}".format_map(Default(a=1, c=2)))
for bad in [1, None]:
    try:
        "{a}".format_map(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
print(str.format("{}", 1), "{0:>{1}}".format("é", 4), "{:😀^7}".format("x"), "{:>3}".format("😀😀"))
