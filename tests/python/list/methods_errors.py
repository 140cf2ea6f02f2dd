a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(3, 0, 3), a.count(2), a.count(9), a.count(1.0), [1, [2]].count([2]))
for args in [(9,), (2, 4), (1, 1, 4), (3, -1), (1, "a")]:
    try:
        print(a.index(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    a.remove(9)
except ValueError as e:
    print(type(e).__name__, e)
a.remove(2)
print(a, a.pop(), a.pop(0), a, a.pop(-1))
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop("x"), lambda: [].remove(1), lambda: [1].insert("a", 1),
          lambda: [1].__getitem__(3), lambda: [1].__setitem__(-2, 0), lambda: [1].__delitem__(2), lambda: [1].extend(5),
          lambda: [] + (), lambda: [] * [], lambda: [1] * 1.5, lambda: [1].index(), lambda: [1].append(1, 2), lambda: [1]["a"],
          lambda: [1].sort(key=1), lambda: list(5), lambda: list(1, 2), lambda: [1][1:2:0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = [0]
b.insert(-10, "start")
b.insert(10, "end")
b.insert(1, "mid")
b.extend("xy")
b.extend(range(2))
b.extend({"k": 1})
b.append([])
b += (5,)
b += "z"
print(b, len(b))
c = b.copy()
b.clear()
print(b, c == b, c[:2], list(reversed(c))[:2])
l = [1, 2]
l *= 3
print(l, [0] * 0, [0] * -5, [[]] * 2, 2 * [1], l.__len__(), l.__contains__(2))
print([1, 2] + [3], [] == [], [1] == [1.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [] < [0], [1, [2]] == [1, [2]])
nan = float("nan")
print([nan] == [nan], [nan] < [nan], [1, nan] == [1, nan])
for bad in ["[1] < ['a']", "[1] < (1,)", "[1] + (2,)", "[1] - [1]", "[1] < 1"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print([1] == (1,), [1] != (1,), list.__eq__([1], (1,)), list.__add__([1], [2]), list.__iadd__([1], (2,)), list.__mul__([1], 2))
x = [1, 2, 3]
it = iter(x)
next(it)
x.append(4)
print(list(it), x.__reversed__().__next__(), list(reversed(x)))
r = reversed(x)
x.pop()
x.pop()
x.pop()
print(list(r))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print(list.__name__, list.__hash__, [].__class__, isinstance([], list), list((1, 2)), list({1: 2}), list("ab"), list(range(3)))
