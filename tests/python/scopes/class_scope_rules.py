# Class-body name resolution: globals vs class locals vs enclosing functions, and __class__.
x = "module x"
def f():
    x = "function x"
    class A:
        print("A sees", x)
        x = "class x"
        print("A now", x)
        def m(self):
            return x
    return A
A = f()
print(A.x, A().m())

def g():
    y = "enclosing"
    class B:
        def read(self):
            return y
        z = y
    y = "changed later"
    return B
B = g()
print(B.z, B().read())

class C:
    name = "C"
    names = [name]
    pairs = [(name, i) for i in range(1)] if False else None
    def method(self):
        try:
            return name
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(C.names, C().method())

class D:
    __class__ = "shadowed attribute"
    def get(self):
        return __class__
print(D().get() is D, D.__dict__["__class__"], type(D()).__name__)

class E:
    def m(self):
        return __class__.__name__
    class Nested:
        def m(self):
            return __class__.__qualname__
print(E().m(), E.Nested().m())

def h():
    class F:
        w = "class w"
        def inner_func():
            return w
    return F.inner_func
try:
    h()()
except NameError as e:
    print(type(e).__name__, e)

class G:
    items = ["a", "b"]
    upper = [s.upper() for s in items]
    count = len(items)
print(G.upper, G.count)

def outer_with_class_and_nonlocal():
    counter = 0
    class H:
        def bump(self):
            nonlocal counter
            counter += 1
            return counter
    h = H()
    h.bump(); h.bump()
    return counter
print(outer_with_class_and_nonlocal())

class I:
    a = 1
    b = a + 1
    del a
    c = locals().get("a", "a deleted")
print(I.b, I.c, hasattr(I, "a"))
class J:
    if True:
        branch = "taken"
    for loop_var in range(2):
        pass
    try:
        raise ValueError
    except ValueError as caught:
        handled = type(caught).__name__
print(J.branch, J.loop_var, J.handled, hasattr(J, "caught"))
