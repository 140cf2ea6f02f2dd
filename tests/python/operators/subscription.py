# __getitem__/__setitem__/__delitem__ with ints, slices, tuples, Ellipsis; __missing__; __index__.
class Rec:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Rec()
print(r[1], r[1:2], r[::2], r[1:2, 3], r[...], r[:, None], r[()], r["k"], r[-1])
r[1:2] = "slice"
r[1, 2] = "tuple"
del r[::-1]
del r[..., 0]

class Missing(dict):
    def __missing__(self, key):
        return f"default for {key}"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, len(m))
class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    MissingRaises()["q"]
except LookupError as e:
    print(type(e).__name__, e)

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
data = list(range(10))
print(data[Index(2):Index(8):Index(3)], "abcdef"[Index(1)::Index(2)], (1, 2, 3)[Index(-1)])

def show(thunk):
    try:
        print(thunk())
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
show(lambda: [1][1])
show(lambda: [1]["a"])
show(lambda: (1,)[5])
show(lambda: "s"[9])
show(lambda: "s"[None])
show(lambda: {}[[1]])
show(lambda: {}["missing"])
show(lambda: 5[0])
show(lambda: None[0])
show(lambda: object()[0])
show(lambda: [1, 2][1.0:])
show(lambda: range(3)[5])
show(lambda: b"ab"[2])
class OnlyGet:
    def __getitem__(self, k):
        return k
def set_item():
    OnlyGet()[0] = 1
show(set_item)
def set_str():
    "abc"[0] = "x"
show(set_str)
def set_tuple():
    (1,)[0] = 2
show(set_tuple)
print(type.__getitem__ if hasattr(type, "__getitem__") else "type has no __getitem__", list[int], dict[str, int])
class GenericOnClass:
    def __class_getitem__(cls, item):
        return ("class_getitem", item)
    def __getitem__(self, item):
        return ("getitem", item)
print(GenericOnClass[1], GenericOnClass()[1])
lst = [0] * 5
lst[1:3] = "ab"
lst[::2] = [9, 9, 9]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
