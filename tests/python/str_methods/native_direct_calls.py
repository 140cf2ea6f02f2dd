# Method calls of builtin types that skip argument binding (positional calls
# within the signature's range): defaults, `?` parameters, receivers that are
# str subclass instances, and the errors of calls outside the range.
class S(str):
    pass

print("a b  c".split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), str.split("x y"))
print(" x ".strip(), "..x,".strip(".,"), S(" y ").strip(), type(S(" y ").strip()).__name__)
print(str.strip(S(" z ")), str.upper(S("q")), type(str.upper(S("q"))).__name__)
print("abcabc".count("b"), "abcabc".count("b", 2), "abcabc".count("b", None, 3))
print("abc".find("c", None, None), "abc".rfind("a", -10), "abc".startswith("b", 1))
print("x".center(5), "x".center(5, "*"), "x".ljust(3, "-"), "7".zfill(3))
print({"k": 1}.get("k"), {"k": 1}.get("j"), {"k": 1}.get("j", 0), dict.get({}, 1, 2))
d = {}
print(d.setdefault("a"), d.setdefault("b", []), d)
lst = [3, 1, 2]
print(lst.pop(), lst.pop(0), lst, list.index([5, 6], 6), [1, 2, 1].count(1))
print("a\nb".splitlines(), "a\nb".splitlines(True), "a b".rsplit(None, 1))
print("ab".encode(), "ab".encode("ascii"), "tab\tx".expandtabs(), "tab\tx".expandtabs(2))
for call in [
    lambda: "a".split(1),
    lambda: "a".strip(1),
    lambda: "a".count(),
    lambda: "a".count("a", 1, 2, 3),
    lambda: str.upper(5),
    lambda: str.strip(b" x "),
    lambda: "a".upper(1),
    lambda: {}.get(),
    lambda: dict.get(1, 2),
    lambda: [].pop(1, 2),
    lambda: "a".center(),
    lambda: "a".center(3, "ab"),
    lambda: str.split(),
]:
    try:
        print(call())
    except TypeError as error:
        print("TypeError:", error)
# Module-level functions and bound builtin methods take the same direct path.
import math
class O:
    x = 1
it = iter([1])
print(getattr(O, "x"), getattr(O, "y", 2), round(2.5), round(2.675, 2), math.log(8, 2), math.log(1))
print(next(it), next(it, "done"), len("abc"), isinstance(1, int), divmod(7, 2), pow(2, 10, 1000))
split = "a b".split
append = [].append
print(split(), split(None, 1), append(1), append.__self__, S("a b").split(), "x".join.__name__)
for call in [lambda: getattr(O), lambda: getattr(O, "y"), lambda: next(it), lambda: len(),
             lambda: math.log(), lambda: round(), lambda: split(1), lambda: append(), lambda: divmod(1)]:
    try:
        print(call())
    except (TypeError, AttributeError, StopIteration) as error:
        print(type(error).__name__, error)
