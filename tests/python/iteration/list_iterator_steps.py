# List and tuple iterators stepped by the interpreter and by natives: a list
# growing or shrinking while iterated, an exhausted iterator staying
# exhausted, reversed iterators reaching index -1, pickled iterator state.
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x == 2:
        items.append(4)
print(seen)

items = [1, 2, 3, 4, 5]
seen = []
for x in items:
    seen.append(x)
    items.pop()
print(seen)

it = iter([10, 20])
print(list(it), list(it))
data = [1]
it = iter(data)
print(next(it), next(it, "end"))
data.append(2)
print(next(it, "still end"))

print(list(reversed([1, 2, 3])), list(reversed((4, 5))))
r = reversed([7, 8])
print(next(r), next(r), next(r, "done"))

it = iter([5, 6, 7, 8])
next(it)
print(it.__reduce__()[2], it.__length_hint__())
it.__setstate__(3)
print(list(it))
it = iter((1, 2, 3))
it.__setstate__(-5)
print(list(it))

print(sum(x for x in (1, 2, 3)), max(x for x in [3, 9, 2]), sorted(x for x in [3, 1, 2]))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in (1, 0)))
print(list(map(str, [1, 2])), tuple(iter([None, 0])))
