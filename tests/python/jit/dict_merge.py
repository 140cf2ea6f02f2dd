# {**m} and f(**m) in traced loops and in traced function bodies: the merged
# keywords, a repeated keyword (TypeError naming the function), a mapping
# that is not one, and a mapping class whose keys() and __getitem__ are Python.


def describe(a, b=0, **rest):
    return a * 10 + b + sum(rest.values())


def call_with(options, **extra):
    return describe(**options, **extra)


class Mapping:
    def __init__(self, data):
        self.data = data

    def keys(self):
        return list(self.data)

    def __getitem__(self, key):
        return self.data[key] + 1


def merged_dicts(n):
    total = 0
    base = {"a": 1}
    for i in range(n):
        d = {**base, "b": i, **{"c": i % 3}}
        total += len(d) + d["b"] + d["c"]
    return total


def merged_calls(n):
    total = 0
    for i in range(n):
        total += describe(**{"a": i, "b": 2})
        total += call_with({"a": 1}, b=i % 5, z=3)
        total += describe(1, **Mapping({"b": i % 4}))
    return total


def repeated(n):
    errors = []
    for i in range(n):
        try:
            describe(**{"a": 1}, **{"a": i})
        except TypeError as e:
            errors.append(str(e))
    return len(errors), errors[-1]


def not_a_mapping(n):
    errors = []
    for i in range(n):
        try:
            if i % 100 == 99:
                describe(**[("a", 1)])
            else:
                describe(**{"a": i})
        except TypeError as e:
            errors.append(str(e))
    try:
        {**[1, 2]}
    except TypeError as e:
        errors.append(str(e))
    return errors


for _ in range(3):
    print(merged_dicts(3000))
    print(merged_calls(3000))
    print(repeated(1500))
    print(not_a_mapping(1500))
