# json.dumps through _json's native encoder: each of its fast paths next to
# the case that must leave it (escaping, key sorting, dict subclasses, number
# subclasses, float repr boundaries, the output buffer, markers, default()).
import json
from _json import encode_basestring, encode_basestring_ascii, make_encoder


def show(label, thunk):
    try:
        value = thunk()
    except Exception as error:
        print(label, type(error).__name__, error)
        return
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    print(label, value)


# Escaping: the no-escape test, then every escape class, in both encoders.
samples = [
    "", "plain text", 'q"uote', "back\\slash", "tab\there", "nl\n cr\r ff\f bs\b",
    "\x00\x01\x1f", "\x7f del", "caf\u00e9", "\u2028\uffff", "\U0001f600 astral",
    "\ud800 lone high", "lone low \udc00", "\ud83d\ude00 two lone", "/slash", "~}{",
]
for s in samples:
    show("ascii", lambda: encode_basestring_ascii(s))
    show("unicode", lambda: encode_basestring(s))
    show("dumps", lambda: json.dumps([s, {s: s}]))
    show("dumps-u", lambda: json.dumps([s, {s: s}], ensure_ascii=False))

# Wide parts next to each other and as separators keep their code points.
show("wide-seps", lambda: json.dumps(["\ud83d", "\ude00", "x"], ensure_ascii=False,
                                     separators=("\ude00", "\ud83d")))
show("wide-keys", lambda: json.dumps({"\ud83d": "\ude00", "a\U0001f600": 1}, ensure_ascii=False))
show("wide-sorted", lambda: json.dumps({"\U0001f600": 1, "\uff61": 2, "a": 3}, sort_keys=True,
                                       ensure_ascii=False))

# A Python-level encoder is called for keys and values, its result checked.
show("custom-encoder", lambda: make_encoder(None, str, lambda s: "<" + s + ">", None, ":", ",",
                                            False, False, True)({"k": ["v"]}, 0))
show("bad-encoder", lambda: make_encoder(None, str, lambda s: 5, None, ":", ",",
                                         False, False, True)(["v"], 0))

# Key conversion and order.
show("keys", lambda: json.dumps({1: "i", 2.5: "f", True: "t", False: "f", None: "n",
                                 10**20: "big", -0.0: "z", "s": "s"}))
show("keys-sorted-str", lambda: json.dumps({"b": 1, "a": 2, "\u00e9": 3, "B": 4, "": 5},
                                           sort_keys=True))
show("keys-sorted-int", lambda: json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
show("keys-sorted-mixed", lambda: json.dumps({1: 2, "a": 3}, sort_keys=True))
show("keys-bad", lambda: json.dumps({(1, 2): 3}))
show("keys-skip", lambda: json.dumps({(1, 2): 3, "a": 1, (3,): 4, "b": 2}, skipkeys=True))
show("keys-skip-first", lambda: json.dumps({(1,): 1, "a": 2}, skipkeys=True, sort_keys=False))
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
d["w"] = 4
show("deleted-entry", lambda: json.dumps(d))
show("deleted-entry-sorted", lambda: json.dumps(d, sort_keys=True))


class S(str):
    def __lt__(self, other):
        print("S.__lt__")
        return str.__lt__(self, other)


show("str-subclass-keys", lambda: json.dumps({S("b"): S("v"), S("a"): 1}, sort_keys=True))
show("str-subclass-ascii", lambda: encode_basestring_ascii(S("\u00e9")))


class ItemsDict(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


class IterItems(dict):
    def items(self):
        return iter([["z", 1]])


class LongItems(dict):
    def items(self):
        return [("z", 1, 2)]


class NoItems(dict):
    def items(self):
        return 5


show("dict-subclass", lambda: json.dumps(ItemsDict(x=1)))
show("dict-subclass-sorted", lambda: json.dumps(ItemsDict(x=1), sort_keys=True))
show("dict-subclass-empty", lambda: json.dumps(ItemsDict()))
show("dict-subclass-list-items", lambda: json.dumps(IterItems(x=1)))
show("dict-subclass-3-tuples", lambda: json.dumps(LongItems(x=1)))
show("dict-subclass-non-iterable", lambda: json.dumps(NoItems(x=1)))


# Numbers: subclasses print as the plain number, whatever their __repr__.
class F(float):
    def __repr__(self):
        return "F!"


class I(int):
    def __repr__(self):
        return "I!"


show("number-subclasses", lambda: json.dumps([F(1.5), I(3), {F(2.5): 1, I(4): 2}]))
floats = [1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 1e15 + 0.5, 0.1, -0.0, 0.0,
          123.0, -2.5, 1 / 3, 5e-324, 1.7976931348623157e308, 2.0**53, 1e22, 123456789.125]
show("floats", lambda: json.dumps(floats))
show("float-keys", lambda: json.dumps({f: 0 for f in floats[:6]}))
show("ints", lambda: json.dumps([0, -1, 999999999999999, 9999999999999999, -(2**53), 2**64,
                                 -(10**30)]))
show("nan", lambda: json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan-key", lambda: json.dumps({float("inf"): 1}))
show("nan-refused", lambda: json.dumps([1.0, float("nan")], allow_nan=False))
show("nan-key-refused", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))

# The output buffer: long documents, and an encoding inside default() while
# the outer one holds the buffer.
show("long", lambda: len(json.dumps(["x" * 5000, list(range(3000)), "y" * 70000])))
show("nested-dumps", lambda: json.dumps([1, object(), "tail" * 600],
                                        default=lambda o: json.dumps(["inner" * 500, 2])[:30]))
show("after-nested", lambda: json.dumps({"a": [1, 2]}))

# Markers: cycles through lists, dicts and default(); no markers without check_circular.
loop = [1]
loop.append(loop)
show("cycle-list", lambda: json.dumps(loop))
cycle = {}
cycle["self"] = [cycle]
show("cycle-dict", lambda: json.dumps(cycle))


class Node:
    pass


node = Node()
show("cycle-default", lambda: json.dumps(node, default=lambda o: [o]))
shared = [1]
show("shared-not-cycle", lambda: json.dumps([shared, shared, {"a": shared}]))
show("no-check", lambda: json.dumps([shared, shared], check_circular=False))


def failing_default(o):
    raise TypeError("no " + type(o).__name__)


encoder = make_encoder({}, failing_default, encode_basestring_ascii, None, ":", ",",
                       False, False, True)
failing = [1, object()]
show("reuse-1", lambda: encoder(failing, 0))
show("reuse-2", lambda: encoder(failing, 0))
show("reuse-other", lambda: encoder([2, [3]], 0))

# default() that changes the containers being encoded.
doc = {"a": 1, "b": object(), "c": 3}
lst = [1, object(), 3]


def mutate(o):
    doc["z"] = 9
    doc["c"] = 4
    lst.append(7)
    lst[2] = 5
    return "X"


show("mutating-dict", lambda: json.dumps(doc, default=mutate))
show("mutating-list", lambda: json.dumps(lst, default=mutate))
show("default-chain", lambda: json.dumps({"k": complex(1, 2)},
                                         default=lambda o: [o.real, o.imag]))
show("default-unknown", lambda: json.dumps({"k": {1, 2}}))
show("tuples", lambda: json.dumps(((1, 2), [], (), {"t": (None,)})))

# Key sorting of a big dict, and the cycle check through a deep chain of
# containers (searched directly when short, indexed when deep).
big = {"k%02d" % ((i * 7) % 40): i for i in range(40)}
show("big-sorted", lambda: json.dumps(big, sort_keys=True))
wide_big = dict(big)
wide_big["\U0001f600"] = 0
show("big-sorted-wide", lambda: json.dumps(wide_big, sort_keys=True)[-40:])
for depth in (5, 31, 32, 33, 80):
    top = inner = []
    chain = [top]
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
        chain.append(inner)
    show("deep-%d" % depth, lambda: len(json.dumps(top)))
    for at in (0, depth // 2, depth - 1):
        inner.append(chain[at])
        show("deep-cycle-%d-%d" % (depth, at), lambda: json.dumps(top))
        inner.pop()
    inner.append({"shared": chain[1:3]})
    show("deep-shared-%d" % depth, lambda: json.dumps([top, top])[-60:])


# default() counts how far the encoding got: a cycle is caught the first
# time a container comes round again, however deep.
class Link:
    pass


for depth in (3, 31, 32, 33, 34, 70):
    links = [Link() for _ in range(depth)]
    for here, there in zip(links, links[1:]):
        here.next = there
    for at in (0, 1, depth // 2, depth - 1):
        links[-1].next = links[at]
        calls = []

        def follow(link):
            calls.append(link)
            return [link.next]

        show("link-cycle-%d-%d" % (depth, at), lambda: json.dumps(links[0], default=follow))
        print("  default() calls", len(calls))

# Siblings sharing a container deep down are no cycle; and after one deep
# branch, a second deep branch still finds each of its ancestors.
leaf = [1]
top = inner = []
for _ in range(40):
    inner.append([])
    inner = inner[0]
inner.extend([leaf, leaf, [leaf, {"again": leaf}]])
show("deep-siblings", lambda: json.dumps(top)[-50:])
links = [Link() for _ in range(40)]
for here, there in zip(links, links[1:]):
    here.next = there
links[-1].next = links[10]
calls = []


def follow(link):
    calls.append(link)
    return [link.next]


first_branch = inner = []
for _ in range(40):
    inner.append([])
    inner = inner[0]
show("second-branch", lambda: json.dumps([[[[first_branch, links[0]]]]], default=follow))
print("  default() calls", len(calls))
