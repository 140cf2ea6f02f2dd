# json.dumps with indent (and any one-shot encoding through json.encoder's
# _make_iterencode) keeps the Python encoder's semantics, which differ from
# the C make_encoder's: floatstr's messages, subclasses through their own
# methods, dict.items() iterated live, markers shared with default(), and
# the recursion depth of the generator chain.
import enum
import json
import sys
from json import encoder as json_encoder


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)


doc = {"b": [1, 2.5, None, True, False, "x\u00e9\U0001f600", ()], "a": {}, "c": [], "d": (1, [2, {}])}
for indent in (2, 0, -1, "\t", "--", True):
    show("indent %r" % (indent,), lambda: json.dumps(doc, indent=indent))
show("sorted", lambda: json.dumps(doc, indent=1, sort_keys=True))
show("separators", lambda: json.dumps(doc, indent=1, separators=(";", "=")))
show("unicode", lambda: json.dumps(doc, indent=1, ensure_ascii=False))
show("float indent", lambda: json.dumps(doc, indent=1.5))


class Text(str):
    pass


show("str subclass indent", lambda: json.dumps([1, [2]], indent=Text("..")))
show("top str", lambda: json.dumps("plain", indent=2))
show("top int", lambda: json.dumps(12, indent=2))
show("big int", lambda: json.dumps([10**30, -(2**70)], indent=2))

# floats: floatstr's own texts and messages
for value in (float("nan"), float("inf"), float("-inf"), 1e300, -0.0, 1 / 3):
    show("float %r" % value, lambda: json.dumps([value], indent=1))
    show("strict %r" % value, lambda: json.dumps([value], indent=1, allow_nan=False))
    show("key %r" % value, lambda: json.dumps({value: 1}, indent=1))
    show("strict key %r" % value, lambda: json.dumps({value: 1}, indent=1, allow_nan=False))


class Noisy(float):
    def __repr__(self):
        return "noisy"

    def __ne__(self, other):
        print("  __ne__ called")
        return float.__ne__(self, other)


show("float subclass", lambda: json.dumps([Noisy(1.5)], indent=1))
show("float subclass key", lambda: json.dumps({Noisy(2.5): 1}, indent=1))


class Color(enum.IntEnum):
    RED = 1


class Big(int):
    def __repr__(self):
        return "big"


show("int subclasses", lambda: json.dumps([Color.RED, Big(7)], indent=1))
show("int subclass keys", lambda: json.dumps({Color.RED: 1, Big(8): 2, True: 3, None: 4}, indent=1))
show("bad key", lambda: json.dumps({(1, 2): 1}, indent=1))
show("skipkeys", lambda: json.dumps({(1, 2): 1, "k": 2, b"x": 3}, indent=1, skipkeys=True))
show("mixed sort", lambda: json.dumps({1: 1, "a": 2}, indent=1, sort_keys=True))
show("int keys sorted", lambda: json.dumps({3: 1, 1: 2, 2.5: 3}, indent=1, sort_keys=True))


class Disguised:
    @property
    def __class__(self):
        return str


show("disguised key", lambda: json.dumps({Disguised(): 1}, indent=1))


class Named:
    pass


Named.__name__ = "Renamed"
show("renamed key class", lambda: json.dumps({Named(): 1}, indent=1))


# subclasses go through their own methods, as the Python loops call them
class Reversed(list):
    def __iter__(self):
        return iter(list.__reversed__(self))


class Empty(list):
    def __len__(self):
        return 0


class Items(dict):
    def items(self):
        return [("z", 26), ("y", 25)]


class Pairs(dict):
    def items(self):
        return [["k", "list pair"]]


show("list subclass", lambda: json.dumps([Reversed([1, 2, 3])], indent=1))
show("empty-looking list", lambda: json.dumps({"e": Empty([1, 2])}, indent=1))
show("dict subclass", lambda: json.dumps([Items(a=1)], indent=1))
show("dict subclass sorted", lambda: json.dumps(Items(a=1), indent=1, sort_keys=True))
show("list pairs", lambda: json.dumps(Pairs(a=1), indent=1))
show("tuple subclass", lambda: json.dumps([enum.Enum], indent=1, default=lambda o: o.__name__))


# default(): call order, cycles through it (markers shared), errors
class Thing:
    def __init__(self, name):
        self.name = name


calls = []


def default(o):
    calls.append(o.name)
    if o.name == "loop":
        return shared
    if o.name == "back":
        return [holder]
    return {"thing": o.name, "n": [1.5]}


shared = [Thing("loop")]
show("default", lambda: json.dumps({"x": [Thing("a"), {"y": Thing("b")}]}, indent=1, default=default))
print(calls)
calls.clear()
show("cycle through default", lambda: json.dumps({"s": shared}, indent=1, default=default))
print(calls)
calls.clear()
holder = {"first": Thing("x"), "k": [Thing("back")]}
show("cycle to an ancestor", lambda: json.dumps({"h": holder}, indent=1, default=default))
print(calls)
calls.clear()
show("unchecked", lambda: json.dumps([Thing("a")], indent=1, default=default, check_circular=False))
show("no default", lambda: json.dumps([1, object()], indent=1))
looped = []
looped.append({"again": looped})
show("cycle", lambda: json.dumps(looped, indent=1))
try:
    json.dumps(looped, indent=1, check_circular=False)
except RecursionError:
    print("cycle unchecked: RecursionError")
sibling = [1]
show("shared siblings", lambda: json.dumps([sibling, sibling, {"s": sibling}], indent=1))


# a dict changed while its items are encoded
def grow(o):
    target["added"] = 1
    return "grown"


target = {"a": Thing("x"), "b": 2}
show("dict grows", lambda: json.dumps(target, indent=1, default=grow))
target = {"a": Thing("x"), "b": 2}
show("dict grows sorted", lambda: json.dumps(target, indent=1, default=grow, sort_keys=True))


def swap(o):
    del target["b"]
    target["c"] = 3
    return "swapped"


target = {"a": Thing("x"), "b": 2}
show("dict keys change", lambda: json.dumps(target, indent=1, default=swap))


def replace_visited(o):
    del target["a"]
    target["c"] = 3
    return "replaced"


target = {"a": Thing("x"), "b": 2}
show("dict keys replaced", lambda: json.dumps(target, indent=1, default=replace_visited))


# the deepest nesting that encodes, as the Python generator chain reaches it
# (containers only: Taipan does not count calls of builtins such as
# int.__repr__ towards the limit, which CPython does)
def deepest(wrap, **kw):
    low, high = 1, 5000
    while low < high:
        middle = (low + high + 1) // 2
        value = []
        for _ in range(middle):
            value = wrap(value)
        try:
            json.dumps(value, **kw)
            low = middle
        except RecursionError:
            high = middle - 1
    return low


def nested(depth):
    if depth:
        return nested(depth - 1)
    return [deepest(lambda v: [v], indent=1), deepest(lambda v: {"k": v}, indent=1),
            deepest(lambda v: (None, v), indent=1, sort_keys=True)]


print("deepest", nested(0), nested(200))

# the module's functions called directly
print(list(json_encoder.JSONEncoder(indent=2).iterencode({"a": [1]})))
print(json_encoder.JSONEncoder(indent=2, sort_keys=True).encode({"b": 1, "a": [1.0]}))
chunks = json_encoder._make_iterencode(None, None, json_encoder.encode_basestring, "  ",
                                       repr, ":", ",", False, False, True)(
    [1.5, {"a": 2}], 1)
print(list(chunks))
chunks = json_encoder._make_iterencode({}, None, json_encoder.encode_basestring, None,
                                       float.__repr__, ":", ",", True, False, False)(
    {"b": [1], "a": 2}, 0)
print(type(chunks).__name__, list(chunks))


class Encoder(json.JSONEncoder):
    def default(self, o):
        return sorted(o)


print(json.dumps({"set": {3, 1, 2}}, cls=Encoder, indent=1))
print(json.dumps({"set": frozenset([2])}, cls=Encoder))


# json.dump streams the Python generator's chunks: those before an error are written
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Sink()
show("dump", lambda: json.dump([1, {"a": [2.5]}, object()], sink, indent=1))
print(sink.parts)
iterencode = json_encoder._make_iterencode(None, None, json_encoder.encode_basestring, "-",
                                           json_encoder.JSONEncoder(indent=1).iterencode.__func__,
                                           ":", ",", False, False, True)
show("level not an int", lambda: list(iterencode([1, [2]], 1.5)))

# the _iterencode that JSONEncoder.iterencode makes, called again by keyword and at level 1
real = json_encoder._make_iterencode
made = []


def spy(*args):
    made.append(real(*args))
    return made[-1]


json_encoder._make_iterencode = spy
print(json.dumps([1.5], indent=2))
json_encoder._make_iterencode = real
print(repr("".join(made[0](o=[2, [3.25, {"k": None}]], _current_indent_level=1))))
show("bad level", lambda: "".join(made[0]([1, [2]], _current_indent_level=2.5)))
show("negative level", lambda: "".join(made[0]([1, [2]], -3)))
