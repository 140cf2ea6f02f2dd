"""Generate tests/dict/fixtures.json with CPython 3.11 as the oracle.

Run: /usr/bin/python3.11 tests/dict/gen_fixtures.py

Values are encoded as tagged JSON so the TypeScript side can rebuild them:
  {"i": "123"} int, {"b": true} bool, {"n": 0} None, {"f": "1.5"} float (repr),
  {"c": ["1.0", "2.0"]} complex, {"s": "text"} str, {"y": [1, 2]} bytes,
  {"t": [...]} tuple, {"fs": [...]} frozenset (built by adding in that order).
Operation results are compared as repr() strings; an exception is written as
"ExceptionName: repr(args[0])".
"""
import json
import math
import random
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

rng = random.Random(20261126)


# Construction order of generated frozensets: the TypeScript side rebuilds a
# frozenset by adding its encoded items in order, which must reproduce the layout.
construction_order = {}


def built_frozenset(items):
    result = frozenset(items)
    construction_order[id(result)] = (result, items)
    return result


def encode(value):
    if value is None:
        return {"n": 0}
    if isinstance(value, bool):
        return {"b": value}
    if isinstance(value, int):
        return {"i": str(value)}
    if isinstance(value, float):
        return {"f": repr(value)}
    if isinstance(value, complex):
        return {"c": [repr(value.real), repr(value.imag)]}
    if isinstance(value, str):
        return {"s": value}
    if isinstance(value, bytes):
        return {"y": list(value)}
    if isinstance(value, tuple):
        return {"t": [encode(item) for item in value]}
    if isinstance(value, frozenset):
        items = construction_order[id(value)][1] if id(value) in construction_order else value
        return {"fs": [encode(item) for item in items]}
    raise TypeError(value)


def outcome(thunk):
    try:
        return repr(thunk())
    except Exception as error:  # the oracle's exception becomes the expectation
        return f"{type(error).__name__}: {error.args[0]!r}" if error.args else type(error).__name__


# ---- hashes -------------------------------------------------------------

HASH_VALUES = [
    0, 1, -1, -2, 2, 7, 100, -100, 2**31 - 1, 2**31, -2**31, 2**32, 2**32 + 5, -2**32,
    2**52, 2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, 2**60, 2**61 - 2, 2**61 - 1, 2**61,
    2**62, 2**63, 2**64 + 3, -2**61, -(2**61 - 1), 10**20, -10**20, 3**100, -7**77,
    True, False,
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 0.1, 0.25, 2.5, 1e10, 1e16, 1e300, -1e300,
    2.0**53, 2.0**60, 2.0**64, 1e-300, 5e-324, math.pi, -math.e, float("inf"), float("-inf"),
    123456.789, 1.0 / 3.0,
    complex(0, 0), complex(1, 0), complex(0, 1), complex(1.5, -2.5), complex(-1, 0),
    complex(3, 4), complex(1e300, 0.1),
    (), (1,), (1, 2), (2, 1), (1, 2, 3), (-1,), (-1, -1), ((1, 2), (3, 4)), (0.5, 1),
    (True, None is None), (1, (2, (3, (4,)))), tuple(range(20)), (2**70, -5),
    (1.5, complex(1, 2)), (frozenset({1, 2}),),
    frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({1, 2, 3}),
    frozenset(range(10)), frozenset({-1, -2}), frozenset({(1, 2), (3, 4)}),
    frozenset({frozenset({1}), frozenset({2})}), frozenset({0.5, 2**70}),
    b"", "",
]

RANDOM_FLOATS = [rng.uniform(-1, 1) * 10.0 ** rng.randrange(-320, 309) for _ in range(300)]
RANDOM_FLOATS += [rng.randrange(-2**60, 2**60) / 2 ** rng.randrange(0, 70) for _ in range(200)]
hashes = [[encode(value), str(hash(value))] for value in HASH_VALUES + RANDOM_FLOATS]
# The same-hash classes CPython guarantees, checked by value rather than by number.
bytes_equal_str = [[encode(text), encode(text.encode("latin-1"))] for text in ["a", "abc", "xyz!"]]

# ---- set iteration orders -------------------------------------------------


def random_int():
    kind = rng.randrange(8)
    if kind == 0:
        return rng.randrange(-20, 0)
    if kind == 1:
        return rng.randrange(0, 9) * 8
    if kind == 2:
        return rng.randrange(0, 8) * 32 + rng.randrange(3)
    if kind == 3:
        return rng.randrange(2**40) * rng.choice([1, -1])
    if kind == 4:
        return rng.randrange(2**70) * rng.choice([1, -1])
    return rng.randrange(0, 64)


def random_key():
    kind = rng.randrange(10)
    if kind == 0:
        return rng.randrange(-50, 50) / 4
    if kind == 1:
        return (random_int(), random_int())
    if kind == 2:
        return built_frozenset([random_int() for _ in range(rng.randrange(3))])
    if kind == 3:
        return rng.choice([True, False, 0.0, 1.0, complex(rng.randrange(3), 1)])
    return random_int()


def set_case(key_source, length, record_every=1):
    ops = []
    current = set()
    outputs = []
    for step in range(length):
        roll = rng.random()
        if step % record_every and roll >= 0.8 and roll < 0.9:
            roll = 0.5
        if roll < 0.6 or not current:
            key = key_source()
            ops.append(["add", encode(key)])
            current.add(key)
            outputs.append(repr(list(current)))
        elif roll < 0.8:
            key = rng.choice(list(current))
            ops.append(["discard", encode(key)])
            current.discard(key)
            outputs.append(repr(list(current)))
        elif roll < 0.9:
            ops.append(["pop"])
            outputs.append(repr(current.pop()))
        else:
            keys = [key_source() for _ in range(rng.randrange(1, 12))]
            ops.append(["update", [encode(key) for key in keys]])
            current.update(keys)
            outputs.append(repr(list(current)))
        if step % record_every and step != length - 1:
            outputs[-1] = None
    return {"ops": ops, "outputs": outputs}


set_cases = [set_case(random_int, rng.randrange(5, 60)) for _ in range(60)]
set_cases += [set_case(random_key, rng.randrange(5, 40)) for _ in range(30)]
set_cases.append(set_case(lambda: rng.randrange(100000), 400, record_every=50))

# ---- set algebra ------------------------------------------------------------

ALGEBRA = {
    "or": lambda a, b: a | b,
    "and": lambda a, b: a & b,
    "sub": lambda a, b: a - b,
    "xor": lambda a, b: a ^ b,
    "union_list": lambda a, b: a.union(list(b), [7, 8]),
    "intersection_list": lambda a, b: a.intersection(list(b)),
    "intersection_multi": lambda a, b: a.intersection(b, list(a)),
    "difference_list": lambda a, b: a.difference(list(b)),
    "difference_multi": lambda a, b: a.difference(b, [1, 2]),
    "symmetric_difference_list": lambda a, b: a.symmetric_difference(list(b)),
    "intersection_update": lambda a, b: (a.intersection_update(b), a)[1],
    "difference_update": lambda a, b: (a.difference_update(b), a)[1],
    "symmetric_difference_update": lambda a, b: (a.symmetric_difference_update(b), a)[1],
    "update": lambda a, b: (a.update(b, [99]), a)[1],
    "ior": lambda a, b: a.__ior__(b),
    "iand": lambda a, b: a.__iand__(b),
    "isub": lambda a, b: a.__isub__(b),
    "ixor": lambda a, b: a.__ixor__(b),
    "issubset": lambda a, b: a.issubset(b),
    "issuperset": lambda a, b: a.issuperset(list(b)),
    "isdisjoint": lambda a, b: a.isdisjoint(b),
    "eq": lambda a, b: a == b,
    "le": lambda a, b: a <= b,
    "lt": lambda a, b: a < b,
    "ge": lambda a, b: a >= b,
    "gt": lambda a, b: a > b,
    "copy": lambda a, b: a.copy(),
    "frozen_or": lambda a, b: frozenset(a) | b,
    "frozen_and": lambda a, b: frozenset(a) & b,
    "set_of_set": lambda a, b: set(a),
    "frozenset_of_set": lambda a, b: frozenset(b),
    "set_of_dict": lambda a, b: set(dict.fromkeys(b)),
    "dict_keys_and": lambda a, b: dict.fromkeys(a).keys() & b,
    "dict_keys_or": lambda a, b: dict.fromkeys(a).keys() | b,
    "dict_keys_sub": lambda a, b: dict.fromkeys(a).keys() - b,
    "dict_keys_xor": lambda a, b: dict.fromkeys(a).keys() ^ b,
}

algebra_cases = []
for name in ALGEBRA:
    for _ in range(12):
        a_items = [random_int() for _ in range(rng.randrange(0, 14))]
        b_items = rng.sample(a_items, rng.randrange(0, len(a_items) + 1)) + [
            random_int() for _ in range(rng.randrange(0, 14))
        ]
        rng.shuffle(b_items)
        a, b = set(a_items), set(b_items)
        result = ALGEBRA[name](a, b)
        algebra_cases.append({
            "op": name,
            "a": [encode(key) for key in a_items],
            "b": [encode(key) for key in b_items],
            "result": repr(list(result)) if isinstance(result, (set, frozenset)) else repr(result),
            "type": type(result).__name__,
        })

# ---- reprs ------------------------------------------------------------------

REPR_VALUES = [
    set(), frozenset(), {1}, {1, 2, 3}, frozenset({1}), frozenset({3, 1, 2}),
    {(1, 2), (3, 4), (0,)}, {0.5, 1.5, -2.0}, {True, 2}, {frozenset({1, 2}), frozenset()},
    {complex(1, 2), 3}, {-1, -2, -3}, {2**64, 2**65, 1},
]

reprs = []
for value in REPR_VALUES:
    items = list(value)
    reprs.append({"kind": type(value).__name__, "items": [encode(key) for key in items],
                  "repr": repr(type(value)(items))})

# ---- dict operation sequences ----------------------------------------------

DICT_KEYS = [0, 1, 2, 3, -1, 1.0, 2.5, True, False, "a", "b", "", "key", (1, 2), (), None, "\U0001f600", "\ud800x", ("\U0001f600", 1),
             2**70, 0.5, complex(1, 0), frozenset({1}), b"x", 8, 16, 2**53, 1e20]


def dict_case(length):
    ops = []
    outputs = []
    d = {}

    def run(op, thunk):
        ops.append(op)
        outputs.append(outcome(thunk))

    for _ in range(length):
        key = rng.choice(DICT_KEYS)
        value = rng.randrange(100)
        roll = rng.randrange(20)
        if roll < 7:
            run(["set", encode(key), encode(value)], lambda: d.__setitem__(key, value))
        elif roll == 7:
            run(["del", encode(key)], lambda: d.__delitem__(key))
        elif roll == 8:
            run(["getitem", encode(key)], lambda: d[key])
        elif roll == 9:
            run(["get", encode(key)], lambda: d.get(key, "missing"))
        elif roll == 10:
            run(["pop", encode(key)], lambda: d.pop(key))
        elif roll == 11:
            run(["pop_default", encode(key)], lambda: d.pop(key, "missing"))
        elif roll == 12:
            run(["popitem"], lambda: d.popitem())
        elif roll == 13:
            run(["setdefault", encode(key), encode(value)], lambda: d.setdefault(key, value))
        elif roll == 14:
            pairs = [(rng.choice(DICT_KEYS), rng.randrange(9)) for _ in range(rng.randrange(4))]
            run(["update", [[encode(k), encode(v)] for k, v in pairs]], lambda: d.update(pairs))
        elif roll == 15:
            run(["contains", encode(key)], lambda: key in d)
        elif roll == 16:
            run(["views"], lambda: (list(d.keys()), list(d.values()), list(d.items()),
                                    list(reversed(d)), len(d)))
        elif roll == 17:
            run(["copy"], lambda: d.copy())
        elif roll == 18 and rng.random() < 0.3:
            run(["clear"], lambda: d.clear())
        else:
            run(["repr"], lambda: d)
    ops.append(["repr"])
    outputs.append(repr(d))
    return {"ops": ops, "outputs": outputs}


dict_cases = [dict_case(rng.randrange(5, 80)) for _ in range(80)]

# ---- dict API edge cases and messages ---------------------------------------


def make_errors():
    cases = []

    def case(name, thunk):
        cases.append({"name": name, "expected": outcome(thunk)})

    case("getitem missing", lambda: {}[1])
    case("getitem missing tuple", lambda: {}[(1, 2)])
    case("getitem unhashable", lambda: {}[[1]])
    case("getitem unhashable dict", lambda: {1: 2}[{}])
    case("getitem unhashable in tuple", lambda: {1: 2}[(1, [2])])
    case("setitem unhashable set", lambda: {}.__setitem__(set(), 1))
    case("popitem empty", lambda: {}.popitem())
    case("pop missing", lambda: {}.pop("k"))
    case("update length 3", lambda: {}.update([(1, 2, 3)]))
    case("update length 1", lambda: {}.update([(1, 2), [3]]))
    case("update not a sequence", lambda: {}.update([(1, 2), 5]))
    case("update string pairs", lambda: dict(["ab", "cd"]))
    case("update dict", lambda: dict({1: 2}, a=3))
    case("update two args", lambda: {}.update(1, 2))
    case("fromkeys", lambda: dict.fromkeys([3, 1, 2, 1], 0))
    case("fromkeys default", lambda: dict.fromkeys("abca"))
    case("set pop empty", lambda: set().pop())
    case("set remove missing", lambda: {1}.remove(2))
    case("set remove missing tuple", lambda: {1}.remove((1, 2)))
    case("set add unhashable", lambda: set().add([]))
    case("set contains set", lambda: set() in {frozenset()})
    case("set remove set", lambda: ({frozenset({1})}.remove({1}), "ok")[1])
    case("set of list of lists", lambda: set([[1]]))
    case("hash list", lambda: hash([]))
    case("hash set", lambda: hash(set()))
    case("hash dict", lambda: hash({}))
    case("hash tuple with list", lambda: hash((1, [])))
    case("dict or", lambda: {1: 1, 2: 2} | {2: 3, 4: 4})
    case("dict ior pairs", lambda: (lambda d: (d.__ior__([(5, 6)]), d)[1])({1: 2}))
    case("dict or list", lambda: {1: 1}.__or__([(1, 2)]))
    case("dict eq order", lambda: {1: 2, 3: 4} == {3: 4, 1: 2})
    case("dict eq values", lambda: {1: 2} == {1: 3})
    case("dict eq int float", lambda: {1: 2.0} == {1.0: 2})
    case("dict eq other", lambda: {}.__eq__([]))
    case("self repr", lambda: (lambda d: (d.__setitem__("self", d), d)[1])({}))
    case("keys repr", lambda: {1: 2, "a": (3,)}.keys())
    case("values repr", lambda: {1: 2, "a": (3,)}.values())
    case("items repr", lambda: {1: 2, "a": (3,)}.items())
    case("items contains", lambda: (1, 2) in {1: 2}.items())
    case("items contains wrong", lambda: (1, 3) in {1: 2}.items())
    case("items contains unhashable", lambda: ([], 3) in {1: 2}.items())
    case("keys eq set", lambda: {1: 0, 2: 0}.keys() == {2, 1})
    case("keys lt set", lambda: {1: 0}.keys() < {2, 1})
    case("items and", lambda: {1: 2, 3: 4}.items() & {(1, 2)})
    case("list sub keys", lambda: [1, 2, 5] - {1: 0}.keys())
    case("set or keys", lambda: {9} | {1: 0}.keys())
    case("keys isdisjoint", lambda: {1: 0}.keys().isdisjoint([2, 3]))
    case("true key keeps", lambda: (lambda d: (d.__setitem__(1, "one"), d)[1])({True: "t"}))
    case("float key keeps", lambda: (lambda d: (d.__setitem__(1.0, "f"), d)[1])({1: "i"}))
    case("complex key", lambda: {complex(2, 0): "c"}[2])
    case("nan key", lambda: (lambda n: {n: 1}[n])(float("nan")))
    case("nan key fresh", lambda: {float("nan"): 1}.get(float("nan")))
    case("bigint float key", lambda: {2**60: "big"}[2.0**60])
    case("neg zero", lambda: {0: "z"}[-0.0])
    case("set repr sub", lambda: frozenset({1, 2}) - {2})
    case("set eq frozenset", lambda: {1, 2} == frozenset({2, 1}))
    case("set or list", lambda: {1}.__or__([2]))
    case("frozenset hash eq", lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
    case("set in set of frozenset", lambda: {1, 2} in {frozenset({1, 2})})
    case("dict keywords", lambda: dict(a=1, b=2))
    case("dict pairs and keywords", lambda: dict([(1, 2)], x=3))
    case("frozenset of frozenset", lambda: (lambda f: frozenset(f) is f)(frozenset([1])))
    case("hash keys view", lambda: hash({}.keys()))
    case("hash items view", lambda: hash({}.items()))
    case("set reduce", lambda: {3, 1}.__reduce__()[1:])
    case("get arguments", lambda: {}.get())
    case("pop arguments", lambda: {}.pop(1, 2, 3))
    case("popitem arguments", lambda: {}.popitem(1))
    case("set add arguments", lambda: set().add())
    return cases


errors = make_errors()

# ---- mutation during iteration ---------------------------------------------


def iteration_case(initial, step, action):
    d = dict.fromkeys(initial, 0)
    seen = []
    try:
        for index, key in enumerate(d):
            seen.append(key)
            if index == step:
                kind, operand = action
                if kind == "del":
                    del d[operand]
                elif kind == "add":
                    d[operand] = 1
                elif kind == "del_add":
                    del d[operand[0]]
                    d[operand[1]] = 1
                elif kind == "set":
                    d[operand] = 2
        result = "ok"
    except RuntimeError as error:
        result = f"RuntimeError: {error.args[0]}"
    return {"initial": [encode(key) for key in initial], "step": step,
            "action": [action[0], encode(action[1]) if action[0] != "del_add"
                       else [encode(action[1][0]), encode(action[1][1])]],
            "seen": repr(seen), "result": result}


iteration_cases = []
for size in [1, 2, 3, 5, 6, 10, 11]:
    keys = list(range(size))
    for step in range(size):
        iteration_cases.append(iteration_case(keys, step, ("del", keys[-1])))
        iteration_cases.append(iteration_case(keys, step, ("add", 100)))
        iteration_cases.append(iteration_case(keys, step, ("set", keys[0])))
        iteration_cases.append(iteration_case(keys, step, ("del_add", (keys[step], 100 + step))))
        iteration_cases.append(iteration_case(keys, step, ("del_add", (keys[0], "s"))))


def churn_case(size, limit, key_kind):
    """Iterate a dict, replacing the current key by a new one at every step (the size
    stays the same, so only CPython's entry layout decides what happens)."""
    make = str if key_kind == "str" else int
    d = dict.fromkeys(map(make, range(size)), 0)
    seen = []
    try:
        for key in d:
            seen.append(key)
            if len(seen) >= limit:
                break
            del d[key]
            d[make(1000 + len(seen))] = 0
        result = "ok"
    except RuntimeError as error:
        result = f"RuntimeError: {error.args[0]}"
    return {"size": size, "limit": limit, "kind": key_kind, "seen": repr(seen), "result": result,
            "final": repr(list(d))}


churn_cases = [churn_case(size, limit, kind) for size in range(1, 14) for limit in (3, 40)
               for kind in ("int", "str")]


def set_iteration_case(initial, step, key):
    s = set(initial)
    seen = []
    try:
        for index, item in enumerate(s):
            seen.append(item)
            if index == step:
                s.add(key)
        result = "ok"
    except RuntimeError as error:
        result = f"RuntimeError: {error.args[0]}"
    return {"initial": [encode(k) for k in initial], "step": step, "key": encode(key),
            "seen": repr(seen), "result": result}


set_iteration_cases = [set_iteration_case([3, 1, 2], step, key)
                       for step in range(3) for key in [1, 9]]

# ---- keys whose __eq__ mutates the container or raises ----------------------


class K:
    """A key with a chosen hash whose __eq__ first runs a one-shot action.
    The class counts calls of __hash__ and __eq__."""
    hash_calls = 0
    eq_calls = 0

    def __init__(self, hash_value, name, on_eq=None):
        self.hash_value, self.name, self.on_eq = hash_value, name, on_eq

    def __hash__(self):
        K.hash_calls += 1
        return self.hash_value

    def __eq__(self, other):
        K.eq_calls += 1
        if self.on_eq is not None:
            action, self.on_eq = self.on_eq, None
            action()
        if not isinstance(other, K):
            return NotImplemented
        return self.name == other.name

    def __repr__(self):
        return f"K({self.name})"


def raise_boom():
    raise ValueError("boom")


def eq_scenarios():
    results = {}

    d = {}
    d[K(1, "a", d.clear)] = "x"
    results["dict eq clears"] = [outcome(lambda: d.get(K(1, "b"), "default")), repr(d)]

    d = {}
    d[K(1, "a", lambda: d.update((i, i) for i in range(20)))] = "x"
    results["dict eq resizes"] = [outcome(lambda: d.get(K(1, "a"))), repr(len(d))]

    d = {K(1, "a", raise_boom): "x"}
    results["dict eq raises"] = [outcome(lambda: d[K(1, "a")]), repr(d)]

    d = {}
    d[K(1, "a")] = 1
    d[K(1, "b", lambda: d.__setitem__(K(2, "z"), 5))] = 2
    results["dict eq inserts"] = [outcome(lambda: d.get(K(1, "c"), "default")), repr(d)]

    d = {}
    d[K(1, "a", lambda: d.__delitem__(2))] = 1
    d[2] = 2
    results["dict eq deletes"] = [outcome(lambda: d.setdefault(K(1, "b"), 3)), repr(d)]

    s = set()
    s.add(K(1, "a", s.clear))
    results["set eq clears"] = [outcome(lambda: K(1, "b") in s), repr(s)]

    s = set()
    s.add(K(1, "a", lambda: s.update(range(20))))
    results["set eq resizes"] = [outcome(lambda: K(1, "a") in s), repr(len(s))]

    s = {K(1, "a", raise_boom)}
    results["set eq raises"] = [outcome(lambda: s.add(K(1, "b"))), repr(len(s))]

    d = {"x": 1, 2: 2}
    results["user key in primitive dict"] = [outcome(lambda: d.get(K(hash("x"), "x"), "no")),
                                             repr(list(d))]
    return results


def counted(thunk):
    """[hash calls, eq calls] made by thunk()."""
    K.hash_calls = K.eq_calls = 0
    thunk()
    return [K.hash_calls, K.eq_calls]


def colliding_dict():
    return {K(1, "a"): 1, K(1, "b"): 2, K(1, "c"): 3, K(2, "d"): 4}


def call_counts():
    results = {}
    results["dict build"] = counted(colliding_dict)
    d = colliding_dict()
    results["dict setdefault present"] = counted(lambda: d.setdefault(K(1, "c"), 0))
    results["dict setdefault absent"] = counted(lambda: d.setdefault(K(1, "e"), 0))
    results["dict setitem present"] = counted(lambda: d.__setitem__(K(1, "b"), 0))
    results["dict contains"] = counted(lambda: K(1, "z") in d)
    results["dict pop"] = counted(lambda: d.pop(K(1, "a")))
    results["dict copy"] = counted(lambda: d.copy())
    results["dict eq"] = counted(lambda: d == dict(d))
    results["dict update from dict"] = counted(lambda: {}.update(d))
    results["set from dict"] = counted(lambda: set(d))
    s = set(d)
    results["set copy"] = counted(lambda: s.copy())
    results["set add present"] = counted(lambda: s.add(K(1, "c")))
    results["set discard"] = counted(lambda: s.discard(K(2, "d")))
    results["set union"] = counted(lambda: s | {K(3, "x")})
    results["frozenset hash"] = counted(lambda: hash(frozenset(s)))
    return results


json.dump({
    "call_counts": call_counts(),
    "eq_scenarios": eq_scenarios(),
    "hashes": hashes,
    "bytes_equal_str": bytes_equal_str,
    "set_cases": set_cases,
    "algebra_cases": algebra_cases,
    "reprs": reprs,
    "dict_cases": dict_cases,
    "errors": errors,
    "iteration_cases": iteration_cases,
    "churn_cases": churn_cases,
    "set_iteration_cases": set_iteration_cases,
}, open(__file__.replace("gen_fixtures.py", "fixtures.json"), "w"), indent=None)
print("wrote fixtures.json")
