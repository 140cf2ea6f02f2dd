# Closure cells: sharing between closures, loops creating closures, cells in class bodies.
def make_pair():
    shared = []
    def add(v):
        shared.append(v)
        return len(shared)
    def get():
        return list(shared)
    return add, get
add, get = make_pair()
add(1); add(2)
print(get(), add.__closure__[0] is get.__closure__[0])

adders = []
for i in range(3):
    def adder(x, i=i):
        return x + i
    adders.append(adder)
print([a(10) for a in adders])
late = []
for i in range(3):
    late.append(lambda x: x + i)
print([a(10) for a in late])
def factory(n):
    return lambda x: x * n
print([factory(n)(2) for n in range(4)])

def counter_with_reset():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return step, reset
step, reset = counter_with_reset()
step(); step(); step()
print(reset(), step())

def class_captures():
    secret = "hidden"
    class Holder:
        def reveal(self):
            return secret
        revealed_at_class = secret
    secret = "changed"
    return Holder().reveal(), Holder.revealed_at_class
print(class_captures())

def cell_vars_info():
    a = 1
    b = 2
    def uses_a():
        return a
    return cell_vars_info.__code__.co_cellvars, uses_a.__code__.co_freevars, uses_a.__closure__[0].cell_contents
print(cell_vars_info())

def param_as_cell(p):
    def read():
        return p
    p = p * 2
    return read()
print(param_as_cell(21))

def deep():
    level1 = "L1"
    def l2():
        level2 = "L2"
        def l3():
            def l4():
                return level1, level2
            return l4
        return l3()
    return l2()()
print(deep())

def generator_closure():
    base = 100
    def gen():
        for i in range(3):
            yield base + i
    base = 200
    return list(gen())
print(generator_closure())

def comprehension_closure():
    mult = 3
    return [(lambda: mult * k)() for k in range(3)]
print(comprehension_closure())

def mutate_cell_through_closure_contents():
    v = 1
    f = lambda: v
    f.__closure__[0].cell_contents = 99
    return v, f()
print(mutate_cell_through_closure_contents())
