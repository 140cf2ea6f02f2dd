# del of locals/globals/attributes/items, and the NameError / UnboundLocalError messages.
def show(thunk):
    try:
        print(thunk())
    except (NameError, AttributeError, KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

def local_del():
    a = 1
    del a
    return a
show(local_del)
def never_assigned():
    if False:
        b = 1
    return b
show(never_assigned)
def del_unbound():
    del c
    c = 1
show(del_unbound)
def augmented():
    counter += 1
counter = 0
show(augmented)
show(lambda: missing_global)
g1 = 1
def del_global():
    global g1
    del g1
    return "deleted"
print(del_global(), "g1" in globals())
show(del_global)
def cell_del():
    v = 1
    def inner():
        return v
    del v
    return inner()
show(cell_del)
def cell_del_twice():
    v = 1
    def inner():
        return v
    del v
    del v
show(cell_del_twice)
def nonlocal_read():
    def inner():
        nonlocal w
        return w
    try:
        return inner()
    finally:
        pass
    w = 2
show(nonlocal_read)

class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
show(lambda: o.attr)
def del_attr_twice():
    del o.attr
show(del_attr_twice)
d = {"k": 1}
del d["k"]
def del_key():
    del d["k"]
show(del_key)
lst = [1, 2, 3]
del lst[0]
del lst[-1:]
print(lst)
def del_index():
    del lst[5]
show(del_index)
def del_tuple():
    t = (1,)
    del t[0]
show(del_tuple)
a = b = 1
del a, b
print("a" in globals(), "b" in globals())
x, y = [1, 2], {"z": 3}
del x[0], y["z"]
print(x, y)
def del_loop_var():
    for i in range(2):
        pass
    del i
    return "i" in locals()
print(del_loop_var())
try:
    raise ValueError("bound then deleted")
except ValueError as exc:
    pass
show(lambda: exc)
def exc_name_cleared():
    e = "before"
    try:
        raise KeyError
    except KeyError as e:
        pass
    return e
show(exc_name_cleared)
show(lambda: __builtins__.nothing)
