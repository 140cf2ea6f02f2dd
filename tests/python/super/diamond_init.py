# Cooperative __init__ chains through diamonds, with keyword plumbing.
calls = []
class Root:
    def __init__(self, **kw):
        calls.append("Root")
        super().__init__(**kw)
class Left(Root):
    def __init__(self, left=None, **kw):
        calls.append(f"Left({left})")
        super().__init__(**kw)
class Right(Root):
    def __init__(self, right=None, **kw):
        calls.append(f"Right({right})")
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        calls.append("Bottom")
        super().__init__(**kw)
Bottom(left=1, right=2)
print(calls, [k.__name__ for k in Bottom.__mro__])
calls.clear()
try:
    Bottom(left=1, extra=3)
except TypeError as e:
    print(type(e).__name__, e)
print(calls)

class Shape:
    def __init__(self, *, name, **kw):
        self.name = name
        super().__init__(**kw)
class Colored:
    def __init__(self, *, color, **kw):
        self.color = color
        super().__init__(**kw)
class Square(Shape, Colored):
    def __init__(self, side, **kw):
        self.side = side
        super().__init__(**kw)
sq = Square(2, name="sq", color="red")
print(vars(sq))
try:
    Square(1, name="x")
except TypeError as e:
    print(type(e).__name__, e)

class Builtin(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = True
b = Builtin(a=1)
print(b, b.extra)

class NewChain:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
class NewChild(NewChain):
    def __new__(cls, *args):
        return super().__new__(cls, *args, "child")
print(NewChild(1).args)
try:
    class BadNew:
        def __new__(cls, x):
            return super().__new__(cls, x)
    BadNew(1)
except TypeError as e:
    print(type(e).__name__, e)

class MixIn:
    def hello(self):
        return ["MixIn"] + (super().hello() if hasattr(super(), "hello") else [])
class Core:
    def hello(self):
        return ["Core"]
class Combined(MixIn, Core):
    pass
class Alone(MixIn):
    pass
print(Combined().hello(), Alone().hello())
class ISub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(ISub(21), type(ISub(1)).__name__)
