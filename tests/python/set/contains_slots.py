# `in`, len(), discard and remove on sets and frozensets through the native
# slots: CPython's retry with frozenset(key) for an unhashable set key, the
# errors that are not retried, and subclasses whose own __contains__ and
# __len__ win.
s = {1, frozenset({2, 3}), (4, 5), "six"}
f = frozenset(s)
for container in (s, f):
    print({2, 3} in container, {3, 2} in container, set() in container, {9} in container)
    print(frozenset({2, 3}) in container, (4, 5) in container, [4, 5] in (container,), "six" in container)
    for bad in ([1], {1: 2}, bytearray(b"x")):
        try:
            bad in container
        except TypeError as error:
            print(type(bad).__name__, error)
    print(len(container), container.__contains__({2, 3}), type(container).__len__(container))


class SubSet(set):
    pass


class Unhashable(set):
    def __hash__(self):
        raise TypeError("no hash for you")


class Failing(set):
    def __hash__(self):
        raise ValueError("not a TypeError")


print(SubSet({2, 3}) in s, Unhashable({2, 3}) in s, Unhashable({7}) in s)
try:
    Failing({2, 3}) in s
except ValueError as error:
    print("ValueError", error)

t = set(s)
t.discard({2, 3})
print(sorted(map(repr, t)))
t.add(frozenset({2, 3}))
t.remove(Unhashable({2, 3}))
print(sorted(map(repr, t)))
try:
    t.remove({2, 3})
except KeyError as error:
    print("KeyError", repr(error.args[0]), type(error.args[0]).__name__)
try:
    t.discard([1])
except TypeError as error:
    print(error)
try:
    t.remove(Failing())
except ValueError as error:
    print("ValueError", error)


class Lying(set):
    def __contains__(self, key):
        return key == "anything"

    def __len__(self):
        return 42


class LyingFrozen(frozenset):
    def __len__(self):
        return 7


lying = Lying({1, 2})
print(1 in lying, "anything" in lying, len(lying), set.__len__(lying), set.__contains__(lying, 1))
print(len(LyingFrozen({1})), 1 in LyingFrozen({1}), len(frozenset(LyingFrozen({1, 2}))))


class Later(set):
    pass


later = Later({1})
print(1 in later, len(later))
Later.__contains__ = lambda self, key: True
Later.__len__ = lambda self: 99
print(5 in later, len(later), 5 in set(later))
del Later.__contains__, Later.__len__
print(5 in later, len(later))

# Many lookups in a loop (the traced path), mixed key types.
keys = [1, 2.0, "six", (4, 5), {2, 3}, None, True, 10**30]
table = {1, "six", (4, 5), frozenset({2, 3}), 10**30}
print([sum(k in table for _ in range(50)) for k in keys])
print([sum(k in frozenset(table) for _ in range(50)) for k in keys])
