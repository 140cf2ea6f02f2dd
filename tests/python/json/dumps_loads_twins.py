# json.dumps and json.loads behave as their Python code does, whichever way
# they run: the common calls (natively in Taipan) and everything that must
# see the Python code: changed classes, globals, instances, functions and
# builtins, errors with their tracebacks, recursion depth, trace hooks.
import builtins
import json
import json.decoder
import json.encoder
import sys
import traceback

DOC = {"b": 1, "a": [1.5, None, True, False, "x\u00e9\U0001f600", -7, 2 ** 70], "c": {}, "d": (1, 2)}
TEXT = ' {"a": [1, 2.5, "x\\u00e9", null, true, {"k": -0.0}], "b": 1e400} '


def show(*args):
    print(*args)


def calls():
    show(json.dumps(DOC))
    show(json.dumps(DOC, sort_keys=True))
    show(json.dumps(DOC, separators=(",", ":")))
    show(json.dumps(DOC, ensure_ascii=False, skipkeys=True, check_circular=False))
    show(json.dumps("plain \u2603"), json.dumps(3), json.dumps(None), json.dumps(1.0 / 3))
    show(json.loads(TEXT))
    show(json.loads("[]"), json.loads('"s"'), json.loads(" 12 "), json.loads("NaN"))


calls()

# Keys: not all strs; sorted mixed keys raise as list.sort does.
show(json.dumps({1: 2, "x": 3, None: 4, 1.5: 5, True: 6}))
show(json.dumps({2: "b", 1: "a"}, sort_keys=True))
try:
    json.dumps({1: 2, "x": 3}, sort_keys=True)
except TypeError as e:
    show("TypeError", e)


# default(), dict subclasses, str subclasses.
class Point:
    def __init__(self, x):
        self.x = x


class Items(dict):
    def items(self):
        show("Items.items called")
        return super().items()


class Name(str):
    def __lt__(self, other):
        show("Name.__lt__ called")
        return str.__lt__(self, other)


show(json.dumps([Point(1)], default=lambda p: {"x": p.x}))
show(json.dumps(Items(a=1)))
show(json.dumps({Name("b"): 1, Name("a"): 2}, sort_keys=True))
show(json.dumps({Name("b"): 1}))
try:
    json.dumps([Point(2)])
except TypeError as e:
    show("TypeError", e)

# Errors and their tracebacks: the Python frames are all there.
for call in (
    lambda: json.loads('{"a": 1} x'),
    lambda: json.loads("[1,"),
    lambda: json.loads("\ufeff[]"),
    lambda: json.loads(""),
    lambda: json.dumps(float("nan"), allow_nan=False),
):
    try:
        call()
    except ValueError as e:
        frames = [frame.name for frame in traceback.extract_tb(e.__traceback__)]
        show(type(e).__name__, e, frames)
circle = []
circle.append(circle)
try:
    json.dumps(circle)
except ValueError as e:
    show(e, [frame.name for frame in traceback.extract_tb(e.__traceback__)])

# The recursion limit counts the same either way (explicit cls: the Python code).
limit = sys.getrecursionlimit()
sys.setrecursionlimit(150)


def deepest(f):
    low, high = 1, 400
    while low < high:
        middle = (low + high + 1) // 2
        try:
            f(middle)
            low = middle
        except RecursionError:
            high = middle - 1
    return low


def nested(n):
    value = []
    for _ in range(n - 1):
        value = [value]
    return value


show("loads depth", deepest(lambda n: json.loads("[" * n + "]" * n)))
show("loads depth (cls)", deepest(lambda n: json.loads("[" * n + "]" * n, cls=json.JSONDecoder)))
fast = deepest(lambda n: json.dumps(nested(n)))
show("dumps depth same", fast == deepest(lambda n: json.dumps(nested(n), cls=json.JSONEncoder)))
fast = deepest(lambda n: json.dumps(nested(n), sort_keys=True))
show("sorted depth same", fast == deepest(
    lambda n: json.dumps(nested(n), sort_keys=True, cls=json.JSONEncoder)))
sys.setrecursionlimit(limit)

# A trace function sees every frame.
seen = []


def tracer(frame, event, arg):
    if event == "call":
        seen.append(frame.f_code.co_name)
    return None


sys.settrace(tracer)
json.dumps([1], sort_keys=True)
json.loads("[1]")
sys.settrace(None)
show([name for name in seen if name in ("dumps", "__init__", "encode", "iterencode", "loads",
                                        "decode", "raw_decode")])

# Changes the Python code would see.
saved = json.JSONEncoder.item_separator
json.JSONEncoder.item_separator = " ; "
show(json.dumps([1, 2]), json.dumps([1, 2], sort_keys=True))
json.JSONEncoder.item_separator = saved
show(json.dumps([1, 2]))

json._default_encoder.sort_keys = True
show(json.dumps({"b": 1, "a": 2}))
json._default_encoder.sort_keys = 0
show(json.dumps({"b": 1, "a": 2}))
json._default_encoder.sort_keys = False
show(json.dumps({"b": 1, "a": 2}))


def encode(self, o):
    return "encode replaced"


saved = json.JSONEncoder.encode
json.JSONEncoder.encode = encode
show(json.dumps([1]), json.dumps([1], sort_keys=True))
json.JSONEncoder.encode = saved

saved = json.encoder.encode_basestring_ascii
json.encoder.encode_basestring_ascii = lambda s: '"<%s>"' % s
show(json.dumps(["a"], sort_keys=True), json.dumps("a"))
json.encoder.encode_basestring_ascii = saved

saved = json.JSONEncoder.iterencode.__defaults__
json.JSONEncoder.iterencode.__defaults__ = (True,)
show(json.dumps([1.5]))
json.JSONEncoder.iterencode.__defaults__ = saved


class Loud(json.JSONEncoder):
    def __init__(self, **kw):
        show("Loud", sorted(kw))
        super().__init__(**kw)


saved = json.JSONEncoder
json.JSONEncoder = Loud
show(json.dumps([1], sort_keys=True), json.dumps([1]))
json.JSONEncoder = saved

saved_isinstance = builtins.isinstance


def loud_isinstance(obj, cls):
    show("isinstance", type(obj).__name__)
    return saved_isinstance(obj, cls)


builtins.isinstance = loud_isinstance
show(json.dumps([1], sort_keys=True), json.loads("[2]"))
builtins.isinstance = saved_isinstance

saved = json._default_decoder.scan_once
json._default_decoder.scan_once = lambda s, i: (("scanned", s, i), len(s))
show(json.loads(" [1] "))
json._default_decoder.scan_once = saved

saved = json.decoder.JSONDecoder.raw_decode
json.decoder.JSONDecoder.raw_decode = lambda self, s, idx=0: (("raw", idx), len(s))
show(json.loads("  [1]"))
json.decoder.JSONDecoder.raw_decode = saved

saved = json.decoder.JSONDecoder.decode.__code__
json.decoder.JSONDecoder.decode.__code__ = (lambda self, s, _w=None: "decode code").__code__
show(json.loads("[1]"))
json.decoder.JSONDecoder.decode.__code__ = saved

saved = json._default_decoder
json._default_decoder = json.JSONDecoder(parse_int=float)
show(json.loads("[1]"))
json._default_decoder = saved

json.decoder.len = lambda s: -1
try:
    json.loads("[1]")
except ValueError as e:
    show("ValueError", e)
del json.decoder.len

# Subclasses of str as documents, bytes documents.
show(json.loads(Name("[3]")), json.loads(b'{"a": 1}'), json.loads(bytearray(b"[4]")))
calls()
