# Class patterns (__match_args__, builtins' self-matching) and mapping patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int(i) | float(i):
            return f"number {i}"
        case str(s):
            return f"str {s}"
        case bool(b):
            return "unreachable"
        case _:
            return "not a point"
for p in [Point(0, 0), Point3(1, 2, 0), Point(0, 5), Point(3, 3), Point(1, 2), 7, 2.5, "s", None]:
    print(where(p))

def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

class NoArgs:
    pass
def too_many(v):
    match v:
        case NoArgs(a):
            return a
show(lambda: too_many(NoArgs()))
class BadArgs:
    __match_args__ = ("a", 1)
    a = 1
def bad_args(v):
    match v:
        case BadArgs(_, _):
            return "x"
show(lambda: bad_args(BadArgs()))
class ListArgs:
    __match_args__ = ["a"]
def list_args(v):
    match v:
        case ListArgs(_):
            return "x"
show(lambda: list_args(ListArgs()))
def dup_kw(v):
    match v:
        case Point(1, x=1):
            return "dup"
show(lambda: dup_kw(Point(1, 2)))
def not_class(v):
    match v:
        case len():
            return "?"
show(lambda: not_class(1))
def int_two(v):
    match v:
        case int(a, b):
            return "?"
show(lambda: int_two(1))
def missing_attr(v):
    match v:
        case Point(x=1, w=2):
            return "has w"
        case _:
            return "no w"
print(missing_attr(Point(1, 2)))

def mapping(m):
    match m:
        case {"action": "move", "to": to, **rest}:
            return f"move to {to} extra={rest}"
        case {"action": action}:
            return f"action {action}"
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"
print(mapping({"action": "move", "to": 3, "speed": 1}), mapping({"action": "stop", "x": 1}))
print(mapping({}), mapping([]), mapping({"other": 1}))
from collections import defaultdict, OrderedDict
dd = defaultdict(int)
match dd:
    case {"missing": _}:
        print("matched missing")
    case _:
        print("defaultdict: no auto-insert", dict(dd))
print(mapping(OrderedDict(action="jump")))
class KeysRaise(dict):
    def get(self, key, default=None):
        raise RuntimeError("get called")
try:
    mapping(KeysRaise(action=1))
except RuntimeError as e:
    print(type(e).__name__, e)
def dup_key(m):
    match m:
        case {"a": 1, **rest}:
            return rest
print(dup_key({"a": 1, "b": 2}))
print(Point.__match_args__, getattr(int, "__match_args__", "none"))
