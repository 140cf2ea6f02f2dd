# Dict displays with constant keys (BUILD_CONST_KEY_MAP) and json objects:
# small str-keyed dicts built at once must behave as inserting in order
# (duplicates keep the first key's position and the last value, growth,
# deletion, mutation during iteration, str subclass keys, equality).
import json


class K(str):
    pass


def display(x):
    return {"a": x, "b": 2, "c": [x]}


def duplicated(x):
    return {"a": x, "b": 2, "a": 3}


for i in range(40):
    d = display(i)
    if i % 13 == 0:
        print(d, len(d), list(d), "a" in d, d.get("c"))
        d["z"] = 0
        for n in "defghijk":
            d[n] = n
        print(d, len(d), d["k"], d.get("q"))
        del d["a"]
        d["a"] = -1
        print(list(d.items())[:3], list(d)[-1])
        print(duplicated(i), len(duplicated(i)))

nine = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}
print(nine, nine["i"], "i" in nine, len(nine))
eight = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}
eight["i"] = 9
print(eight == nine, eight, eight.popitem())

mixed = {K("a"): 1, "a": 2}
print(mixed, len(mixed), type(list(mixed)[0]).__name__)
print({1: "a", 2: "b", 1.0: "c"}, {"x": 1} == {"x": 1}, {"a": 1, "b": 2}.copy())

small = {"x": 1, "y": 2}
try:
    for key in small:
        small["new"] = 1
except RuntimeError as exc:
    print("RuntimeError:", exc)

for text in ['{"a": 1, "b": [1, {"c": 2}], "a": 5}', "{}", '{"p": {"q": {"r": null}}}']:
    value = json.loads(text)
    print(value, list(value))
    value["extra"] = True
    print(value)
many = json.loads('{"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8}')
many["k9"] = 9
print(many, many["k3"], len(many))
