# The C-style encoder (json.dumps without indent, c_make_encoder) counts
# every container against the recursion limit before it looks at its size,
# as CPython's encoder_listencode_obj does: the deepest nesting that encodes
# is one less when the innermost container is empty too.
import json
import sys


def deepest(make, encode, limit):
    """The largest nesting n that `encode` handles at `limit`."""
    sys.setrecursionlimit(limit)
    best = None
    try:
        for n in range(limit - 60, limit + 5):
            try:
                encode(make(n))
            except RecursionError as e:
                message = str(e)
                break
            best = n
    finally:
        sys.setrecursionlimit(1000)
    return best, message


def nest(inner, wrap):
    def make(n):
        v = inner()
        for _ in range(n):
            v = wrap(v)
        return v
    return make


class Listing(json.JSONEncoder):
    def default(self, o):
        return list(o)


def c_encoder(**kw):
    encoder = json.encoder.c_make_encoder(
        kw.get("markers"), None, json.encoder.encode_basestring_ascii, None, ":", ",",
        kw.get("sort_keys", False), False, True)
    return lambda v: encoder(v, 0)


shapes = {
    "empty list": nest(list, lambda v: [v]),
    "list of 1": nest(lambda: [1], lambda v: [v]),
    "empty dict": nest(dict, lambda v: {"k": v}),
    "dict of 1": nest(lambda: {"x": 1}, lambda v: {"k": v}),
    "empty tuple": nest(tuple, lambda v: (v,)),
    "mixed": nest(dict, lambda v: [{"k": v}] if isinstance(v, dict) else {"k": v}),
    "frozensets": nest(frozenset, lambda v: [frozenset([1]), v]),
}
encoders = {
    "dumps": json.dumps,
    "sort_keys": lambda v: json.dumps(v, sort_keys=True),
    "separators": lambda v: json.dumps(v, separators=(",", ":")),
    "no check_circular": lambda v: json.dumps(v, check_circular=False),
    "encode": json.JSONEncoder().encode,
    "c_make_encoder": c_encoder(markers={}),
    "c_make_encoder sorted": c_encoder(markers={}, sort_keys=True),
    "default()": Listing().encode,
}
for shape, make in shapes.items():
    for name, encode in encoders.items():
        if shape == "frozensets" and name != "default()":
            continue
        print(shape, "|", name, "|", deepest(make, encode, 150), deepest(make, encode, 230)[0])

# A cycle at the limit: the recursion check comes first, then the markers.
for wrap in (lambda v: [v], lambda v: {"k": v}):
    sys.setrecursionlimit(120)
    outcomes = []
    for n in range(60, 130):
        cycle = wrap(None)
        v = cycle
        for _ in range(n):
            v = wrap(v)
        if isinstance(cycle, list):
            cycle[0] = v
        else:
            cycle["k"] = v
        try:
            json.dumps(cycle)
        except (ValueError, RecursionError) as e:
            if not outcomes or outcomes[-1][1] != str(e):
                outcomes.append((n, str(e)))
    sys.setrecursionlimit(1000)
    print(outcomes)

