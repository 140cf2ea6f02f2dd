# global and nonlocal statements across nesting levels, classes and exec.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def outer():
    value = "outer"
    def middle():
        def inner():
            nonlocal value
            value = "set by inner"
        inner()
        return value
    return middle(), value
print(outer())

def shadow_global():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(shadow_global())

class Config:
    setting = "class"
    def read():
        return setting
setting = "module"
print(Config.read())

def class_in_function():
    x = "function"
    class K:
        x = "class"
        def get(self):
            return x
        seen = x
    return K().get(), K.seen
print(class_in_function())

def class_nonlocal():
    y = 1
    class K:
        nonlocal y
        y = 2
    return y
print(class_nonlocal())

def class_global():
    class K:
        global made_in_class
        made_in_class = "yes"
    return made_in_class
print(class_global(), made_in_class)

def gen_global():
    global from_gen
    for i in range(2):
        from_gen = i
        yield i
list(gen_global())
print(from_gen)

def comp_nonlocal():
    total = 0
    def add_all(items):
        nonlocal total
        [total := total + i for i in items]
    add_all([1, 2, 3])
    return total
print(comp_nonlocal())

exec("global_from_exec = 5")
print(global_from_exec)
def exec_global():
    exec("global eg\neg = 'exec global'")
    return eg
print(exec_global())

def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter_factory()
print(inc(), inc(), reset(), inc())
import sys
mod = sys.modules[__name__]
mod.attr_via_module = "set through module"
print(attr_via_module, globals()["attr_via_module"])
globals()["dynamic"] = "dynamic global"
print(dynamic)
def uses_builtin_shadow():
    len = lambda x: "shadowed"
    return len([1])
print(uses_builtin_shadow(), len([1]))
import builtins
builtins.injected_builtin = "from builtins"
print(injected_builtin)
del builtins.injected_builtin
try:
    injected_builtin
except NameError as e:
    print(type(e).__name__, e)
