# list.sort/sorted of primitive strs without a key (the V8 default-sort path)
# next to the general paths: code point order (astral after BMP), reverse,
# subclass items, mixed items, and a reverse whose __bool__ touches the list.
words = ["pear", "Apple", "apple", "", "a", "\uff61", "\U0001f600", "z\U0001f600", "ab", "a\x00", "\ud800"]
print(sorted(words))
print(sorted(words, reverse=True))
lst = list(words)
lst.sort()
print(lst == sorted(words), lst[:3])
class S(str):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted(["bb", S("a"), "ccc", "aa"]))
try:
    sorted(["a", 1])
except TypeError as e:
    print(e)
print(sorted("hello world"), sorted(["b", "a"], key=None), sorted(["b", "a"], reverse=0))
class Sneaky:
    def __bool__(self):
        target.append("x")
        return True
target = ["b", "a", "c"]
try:
    target.sort(reverse=Sneaky())
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(target)
big = ["w%05d" % ((i * 7919) % 20000) for i in range(20000)]
print(sorted(big)[:3], sorted(big, reverse=True)[:3], sorted(big) == sorted(big, key=lambda s: s))
class Two:
    def __index__(self):
        return 2
for reverse in [1.5, 2**40, None, "1", True, Two(), -1]:
    try:
        print(sorted(["b", "c", "a"], reverse=reverse), sorted([2, 3, 1], key=lambda x: x, reverse=reverse))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
