# del across scopes: class bodies, loops, comprehensions, nonlocal, and re-binding after del.
def show(thunk):
    try:
        print(thunk())
    except (NameError, UnboundLocalError) as e:
        print(type(e).__name__, e)

def rebind_after_del():
    v = 1
    del v
    v = 2
    return v
show(rebind_after_del)

def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    try:
        tmp
    except NameError as e:
        out.append(type(e).__name__)
    return out
show(del_in_loop)

def del_nonlocal():
    v = "outer"
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
show(del_nonlocal)

def del_param(a, b=2):
    del a
    return b, "a" in locals()
show(lambda: del_param(1))

def conditional_del(flag):
    v = 1
    if flag:
        del v
    return v
show(lambda: conditional_del(False))
show(lambda: conditional_del(True))

class K:
    tmp = 1
    del tmp
show(lambda: K.tmp if hasattr(K, "tmp") else "class attr deleted")

gv = "global"
def del_global_then_read():
    global gv
    del gv
    try:
        return gv
    except NameError as e:
        return f"{type(e).__name__}: {e}"
show(del_global_then_read)

def del_target_list():
    a, b, c = 1, 2, 3
    del (a, b), [c]
    return sorted(locals())
show(del_target_list)

def del_subscript_then_name():
    d = {"k": [1, 2]}
    del d["k"][0], d
    return "d" in locals()
show(del_subscript_then_name)

def del_in_except():
    try:
        raise KeyError("x")
    except KeyError as err:
        del err
    return "ok"
show(del_in_except)

def del_unbound_in_except():
    try:
        raise KeyError("x")
    except KeyError as err:
        pass
    del err
show(del_unbound_in_except)
