# Closures, late binding, nonlocal and global.
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()
print(outer()())

def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(unbound())

g_value = "global"
def use_global():
    global g_value
    g_value = "changed"
    return g_value
print(use_global(), g_value)

def declares_new_global():
    global brand_new
    brand_new = 42
declares_new_global()
print(brand_new)

def shadow():
    try:
        print(g_value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g_value = 1
    return g_value
print(shadow())

def cell_empty():
    def inner():
        return z
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    z = 3
    return c.cell_contents
print(cell_empty())

def nested_nonlocal():
    a = 0
    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        return a
    return level1()
print(nested_nonlocal())

def closure_deleted():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
closure_deleted()

def gen_closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return [add(i) for i in range(5)]
print(gen_closure())

import types
def make_cell(v):
    return (lambda: v).__closure__[0]
cell = make_cell(9)
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 10
print(cell.cell_contents)
c2 = types.CellType()
try:
    c2.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
c3 = types.CellType(5)
print(c3.cell_contents, c3 == types.CellType(5), c3 < types.CellType(6))
del c3.cell_contents
try:
    c3.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
