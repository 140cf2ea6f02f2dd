# del on names, attributes, items, slices and targets lists, through special methods.
class Recorder:
    def __init__(self):
        self.log = []
    def __delitem__(self, key):
        self.log.append(("delitem", key))
    def __delattr__(self, name):
        object.__getattribute__(self, "log").append(("delattr", name))
r = Recorder()
del r[1], r["k"], r[1:2], r[::2], r[1, 2]
del r.attr
print(r.log)

def show(thunk):
    try:
        thunk()
        print("ok")
    except (TypeError, AttributeError, KeyError, IndexError, NameError) as e:
        print(type(e).__name__, e)

class NoDel:
    def __getitem__(self, k):
        return k
def del_item(o, k):
    del o[k]
show(lambda: del_item(NoDel(), 1))
show(lambda: del_item("abc", 0))
show(lambda: del_item((1,), 0))
show(lambda: del_item(5, 0))
show(lambda: del_item({}, "missing"))
show(lambda: del_item([], 0))
show(lambda: del_item([1, 2, 3], slice(0, 2)))
show(lambda: del_item({1: 2}, [1]))
def del_attr(o, name):
    delattr(o, name)
show(lambda: del_attr(5, "real"))
show(lambda: del_attr(object(), "x"))
class WithProp:
    @property
    def p(self):
        return 1
show(lambda: del_attr(WithProp(), "p"))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
show(lambda: del_attr(s, "a"))
s.a = 1
show(lambda: del_attr(s, "a"))
print(hasattr(s, "a"))

lst = list(range(10))
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
try:
    del lst[::2], lst[100]
except IndexError as e:
    print(type(e).__name__, e, lst)
d = {"a": 1, "b": 2}
for k in list(d):
    del d[k]
print(d)
x = 1
def del_then_global():
    global x
    del x
del_then_global()
show(lambda: x)
class Holder:
    value = 1
del Holder.value
show(lambda: Holder.value)
show(lambda: delattr(Holder, "value"))
show(lambda: delattr(int, "real"))
