# In-place operators on builtins and objects: identity, fallbacks, and errors.
lst = [1]
alias = lst
lst += [2]
lst += (3,)
lst += "ab"
print(lst, lst is alias)
lst *= 2
print(lst, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t is t_alias)
s = "a"
s += "b"
s *= 3
print(s)
st = {1}
st_alias = st
st |= {2}
st &= {2, 3}
st ^= {4}
st -= {4}
print(st, st is st_alias)
d = {"a": 1}
d_alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, d is d_alias)
b = bytearray(b"x")
b += b"y"
b *= 2
print(b)
n = 10
n //= 3
n **= 2
n %= 5
n <<= 3
n >>= 1
n &= 0xff
n |= 1
n ^= 3
n -= 1
print(n)
f = 2.0
f /= 4
print(f)

def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
def add_tuple_to_list():
    x = [1]
    x = x + (2,)
show(add_tuple_to_list)
def iadd_int_to_list():
    x = [1]
    x += 1
show(iadd_int_to_list)
def ior_list_to_set():
    x = {1}
    x |= [2]
show(ior_list_to_set)
def ior_int_to_dict():
    x = {}
    x |= 1
show(ior_int_to_dict)
def imul_float():
    x = [1]
    x *= 1.5
show(imul_float)
def isub_str():
    x = "a"
    x -= "a"
show(isub_str)
def tuple_item_iadd():
    t = ([1],)
    try:
        t[0] += [2]
    except TypeError as e:
        print(type(e).__name__, e, t)
tuple_item_iadd()

class Tracker:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        print("get", k)
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v
tr = Tracker()
tr["a"] += 5
class AttrTracker:
    def __getattr__(self, name):
        print("getattr", name)
        return 10
    def __setattr__(self, name, value):
        print("setattr", name, value)
at = AttrTracker()
at.x += 1
def key():
    print("key evaluated once")
    return "k"
tr[key()] *= 2
