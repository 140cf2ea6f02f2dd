# sorted(d.items()), what json's pure-Python encoder does for sort_keys with
# an indent: tuples whose first items are plain (str, int, float) are
# ordered in JS until a tie reaches an item that is not plain, where the
# tuples' own rich comparison decides (and raises as it must).
import json


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as error:
        print(label, type(error).__name__, error)


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("  lt", self.n, other.n)
        return self.n < other.n

    def __eq__(self, other):
        print("  eq", self.n, other.n)
        return self.n == other.n

    def __repr__(self):
        return "Loud(%d)" % self.n


doc = {"b": [1], "a": {"x": 1}, "c": None, "\u00e9": True, "B": 2.5}
show("items", lambda: sorted(doc.items()))
show("items-reverse", lambda: sorted(doc.items(), reverse=True))
show("ties-lists", lambda: sorted([("a", [2]), ("a", [1]), ("b", [0]), ("a", [1, 0])]))
show("ties-dicts", lambda: sorted([("a", {}), ("b", {}), ("a", {})]))
show("ties-loud", lambda: sorted([("k", Loud(2)), ("j", Loud(9)), ("k", Loud(1))]))
show("plain-then-not", lambda: sorted([(1, 2), (1, [3])]))
show("lengths", lambda: sorted([("a", None, 1), ("a",), ("a", None)]))
show("mixed-first", lambda: sorted([("a", []), (1, [])]))
show("floats-first", lambda: sorted([(2.5, []), (-1, {}), (float("inf"), ()), (0.0, None)]))
nan = float("nan")
show("same-nan-tie", lambda: sorted([(nan, [2]), (nan, [1])]))
show("empty-tuple", lambda: sorted([("a", []), (), ("b", {})]))
print(json.dumps({"b": [1, {"z": 1, "y": [2]}], "a": {}, "c": 1.5}, indent=2, sort_keys=True))
show("json-mixed-keys", lambda: json.dumps({1: 2, "a": 3}, indent=1, sort_keys=True))
