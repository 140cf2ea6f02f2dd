# Class body scoping and name mangling.
x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    lst = [x for _ in range(1)]
    gen_first = [i for i in [x]]
print(C.y, C().method(), C.lst, C.gen_first)

class D:
    a = 1
    try:
        b = [a for _ in range(1)]
    except NameError as e:
        err = f"{type(e).__name__}: {e}"
print(D.err)

def outer():
    v = "enclosing"
    class Inner:
        w = v
        v = "class-level"
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I.v, I().get())

def outer2():
    v = "enclosing"
    class Inner:
        print(v)
        v = "local"
        print(v)
    return Inner
outer2()

class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
print(Counter().bump(), Counter().bump())

class Mangle:
    __private = "p"
    _single = "s"
    __dunder__ = "d"
    def get(self):
        return self.__private, self._single, self.__dunder__
    def set(self):
        self.__value = 42
m = Mangle()
m.set()
print(m.get(), sorted(k for k in vars(Mangle) if "private" in k), vars(m))
try:
    m.__private
except AttributeError as e:
    print(type(e).__name__, e)
print(m._Mangle__private, m._Mangle__value)

class _Underscore:
    def f(self):
        __local = 1
        return __local, dir()
print(_Underscore().f())

class Outer:
    class __Nested:
        pass
    ref = __Nested
print(Outer.ref.__name__, hasattr(Outer, "_Outer__Nested"))

def func_in_class_calls():
    class K:
        def __secret(self):
            return "secret"
        def call(self):
            return self.__secret()
    return K().call()
print(func_in_class_calls())

class Attr:
    def __init__(self):
        self.__x = 1
a = Attr()
print(getattr(a, "_Attr__x"), hasattr(a, "__x"))

class Mng:
    import sys as __sys
    def f(self):
        return self.__sys.maxsize > 0
print(Mng().f())

class ClassVars:
    items = []
    def add(self, v):
        self.items.append(v)
c1, c2 = ClassVars(), ClassVars()
c1.add(1)
c2.add(2)
print(ClassVars.items, c1.items is c2.items)
class Body:
    locals_snapshot = sorted(k for k in locals())
    del locals_snapshot
print(hasattr(Body, "locals_snapshot"), Body.__qualname__, Body.__module__)
class Dels:
    a = 1
    del a
    try:
        del a
    except NameError as e:
        msg = str(e)
print(Dels.msg)
