# Annotations: evaluation order, where they are stored, and what is not evaluated.
order = []
def note(tag):
    order.append(tag)
    return tag

def f(a: note("a"), b: note("b") = note("default b"), *args: note("args"), c: note("c"), **kw: note("kw")) -> note("return"):
    pass
print(order)
print(f.__annotations__)

x: note("module annotation") = 5
y: int
print("y" in globals(), __annotations__)

class C:
    attr: note("class attr")
    value: int = 3
    def method(self) -> "C":
        return self
print(C.__annotations__, C.value, hasattr(C, "attr"), C.method.__annotations__)

def local_annotations():
    z: note("local, never evaluated") = 1
    w: int
    return z
print(local_annotations(), order[-1])

def no_annotations():
    pass
print(no_annotations.__annotations__, no_annotations.__annotations__ is no_annotations.__annotations__)
lam = lambda q: q
print(lam.__annotations__)

class Sub(C):
    extra: str
print(Sub.__annotations__, "value" in Sub.__annotations__)
class NoAnn:
    pass
print(NoAnn.__annotations__ if "__annotations__" in NoAnn.__dict__ else "no own annotations")
obj = C()
try:
    obj.__annotations__
    print("instance sees class annotations")
except AttributeError as e:
    print(type(e).__name__, e)

def complex_targets():
    d = {}
    d["k"]: note("subscript target")  = 1
    class O: pass
    o = O()
    o.attr: note("attr target") = 2
    return d, o.attr
print(complex_targets(), order[-2:])
(paren): int = 5
print(paren, "paren" in __annotations__)
