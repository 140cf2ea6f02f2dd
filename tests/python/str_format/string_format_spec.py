for s in ["", "abc", "é😀x", "a" * 10]:
    out = []
    for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*<7", "😀>4", ".2", ".0", "5.2", "<.1", ">10.3s", "0>5", "-^5", "%^5"]:
        out.append(format(s, spec))
    print(repr(s), out)
for spec in ["d", "=5", "+", " ", "#", ",", "_", "05", "x", "c", "z", "5,", ".2d"]:
    try:
        print(repr(format("ab", spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
class S(str):
    pass
print(format(S("sub"), ">6"), type(format(S("x"), "")).__name__, "{:^9}".format(S("mid")))
class T(str):
    def __format__(self, spec):
        return "custom:" + spec
print(format(T("x"), "q"), "{:z}".format(T("y")), f"{T('z'):>3}")
try:
    format("x", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format("x", ">" * 2 + "1" * 30)
except ValueError as e:
    print(type(e).__name__, e)
print(str.__format__("abc", ">5"), "abc".__format__(""), object.__format__("x", ""))
try:
    object.__format__("x", "5")
except TypeError as e:
    print(type(e).__name__, e)
