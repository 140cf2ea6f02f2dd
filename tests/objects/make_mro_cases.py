"""Regenerates mro_cases.json from CPython 3.11: for each class hierarchy, the
__mro__ of every class (object left out) or the TypeError message.
Run: /usr/bin/python3.11 tests/objects/make_mro_cases.py"""
import json, os

HIERARCHIES = {
    "diamond": [("A", []), ("B", ["A"]), ("C", ["A"]), ("D", ["B", "C"])],
    "wikipedia": [("O", []), ("A", ["O"]), ("B", ["O"]), ("C", ["O"]), ("D", ["O"]), ("E", ["O"]),
                  ("K1", ["A", "B", "C"]), ("K2", ["D", "B", "E"]), ("K3", ["D", "A"]),
                  ("Z", ["K1", "K2", "K3"])],
    "conflict": [("A", []), ("B", ["A"]), ("C", ["A", "B"])],
    "crossed": [("X", []), ("Y", []), ("P", ["X", "Y"]), ("Q", ["Y", "X"]), ("R", ["P", "Q"])],
    "three_way": [("A", []), ("B", []), ("C", []), ("P", ["A", "B", "C"]), ("Q", ["C", "B", "A"]),
                  ("R", ["P", "Q"])],
    "deep_single": [("A", []), ("B", ["A"]), ("C", ["B"]), ("D", ["C"]), ("E", ["D", "A"])],
}
out = {}
for name, classes in HIERARCHIES.items():
    namespace, result = {}, {}
    for cls, bases in classes:
        try:
            namespace[cls] = type(cls, tuple(namespace[b] for b in bases), {})
            result[cls] = [k.__name__ for k in namespace[cls].__mro__ if k is not object]
        except TypeError as e:
            result[cls] = {"TypeError": str(e)}
    out[name] = {"classes": classes, "mro": result}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mro_cases.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
