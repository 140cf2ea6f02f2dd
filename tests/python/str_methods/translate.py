t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "cd", "e")
print(sorted(t2.items()), "abeabe".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "zz", "😀": "smile"})
print(sorted(t3.items()), "abc😀".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({ord("h"): ord("J")}), "abc".translate({}), "abc".translate([]))
print("abc".translate({97: "😀😀"}), "abc".translate("xyz" * 40), "abc".translate(["0", "1"]))
class Lookup:
    def __getitem__(self, key):
        if key == ord("a"):
            return "A"
        raise LookupError
print("banana".translate(Lookup()))
for bad_args in [("ab", "c"), ("abc",), (1,), ({"ab": 1},), ({1.5: "a"},), ("a", "b", 3)]:
    try:
        print(str.maketrans(*bad_args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}, None]:
    try:
        print("abc".translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("a".translate({97: 0x10FFFF}) == "\U0010ffff", str.maketrans("", ""), str.maketrans({}))
