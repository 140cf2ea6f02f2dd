# exec/eval with explicit dicts, locals() behaviour, globals() identity.
ns = {}
exec("a = 1\nb = a + 1", ns)
print(sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
g, l = {"x": 10}, {}
exec("y = x * 2", g, l)
print(l, "y" in g)
print(eval("x + 1", g), eval("x + y", g, l), eval("len('abc')"))
print(eval("[n for n in range(3)]", {}), eval("lambda: 5", {})())
code = compile("z = 3", "<string>", "exec")
exec(code, ns)
print(ns["z"], type(code).__name__)

def show(thunk):
    try:
        print(thunk())
    except (TypeError, SyntaxError, NameError, ValueError) as e:
        print(type(e).__name__, e)

show(lambda: eval("1 +"))
show(lambda: eval("undefined_name", {}))
show(lambda: exec("return 1"))
show(lambda: eval(1))
show(lambda: exec("x = 1", []))
show(lambda: eval("x", {}, 5))
show(lambda: eval("x = 1"))
show(lambda: exec("import nothing_here_xyz"))

def f():
    a = 1
    loc = locals()
    b = 2
    return sorted(loc), sorted(locals())
print(f())
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
def exec_in_func():
    exec("w = 5")
    try:
        return w
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(exec_in_func())
def exec_with_locals():
    loc = {}
    exec("w = 5", globals(), loc)
    return loc["w"]
print(exec_with_locals())
print(globals() is globals(), locals() is globals())
class K:
    inside = sorted(k for k in locals() if not k.startswith("__"))
    v = 1
    after = sorted(locals())
print(K.inside, K.after)

mapping_locals = {"q": 7}
class Mapping(dict):
    def __missing__(self, key):
        return f"missing {key}"
print(eval("q + 1", {}, mapping_locals), eval("anything", {}, Mapping()))
print(eval("__name__", {"__name__": "custom"}), eval("__builtins__ is not None", {}))
exec("def fn():\n    return 'from exec'", ns)
print(ns["fn"](), ns["fn"].__module__ if "__name__" in ns else None)
print(eval("a", {"a": 1}, {"a": 2}))
src = "total = 0\nfor i in range(4):\n    total += i\n"
scope = {}
exec(src, scope)
print(scope["total"])
