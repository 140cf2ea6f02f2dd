# str.join's paths: primitive parts short (built by +) and long, str subclasses, wide strs, errors.
class S(str):
    pass
print(repr("".join([])), repr("-".join([])), repr("-".join(["a"])), repr("-".join(["a", "b"])))
print(repr(", ".join(["x", "yy", "zzz", "w"])), repr("--".join("abcdefgh")), repr("".join(("ab", "cd"))))
print(repr("|".join(["0123456789", "abc"])), repr("é".join(["a", "b"])), repr("-".join(["😀", "b"])))
print(repr("-".join([S("sub"), "x"])), type("-".join([S("sub")])).__name__, type("".join([S("s")])).__name__)
print(repr(S("+").join(["a", "b"])), repr("".join(x for x in "abc")), repr("-".join({"k": 1})))
for bad in (["a", 1], [None], ["a", b"b"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError", e)
one = "solo"
print("-".join([one]) is one, "".join(["a" * 20]) == "a" * 20)
