# Appends to short lists in traces (backend/js.ts listAppend: a list of
# fewer than three items gets a new array): every list sees its own items,
# names of one list see each append, iterators made before an append see it,
# and a list growing while a loop walks it is walked to its end.


class Holder:
    def __init__(self):
        self.items = []


def fill(n):
    holders = [Holder() for _ in range(n)]
    out = []
    for i, h in enumerate(holders):
        alias = h.items
        for k in range(i % 6):
            h.items.append(i * 10 + k)
        out.append((len(alias), alias[-1] if alias else None, alias is h.items))
    return holders, out


holders, out = fill(3000)
print(sum(len(h.items) for h in holders), out[:7], out[-1])
print(holders[5].items, holders[11].items, holders[12].items)


def iterate_while_growing(n):
    total = 0
    for i in range(n):
        lst = []
        it = iter(lst)
        lst.append(i)
        lst.append(i + 1)
        seen = list(it)
        walk = [i]
        for x in walk:
            if len(walk) < 5:
                walk.append(x + 1)
            total += x
        total += sum(seen) + len(seen)
    return total


print(iterate_while_growing(2000))


def shared(n):
    pairs = []
    for i in range(n):
        a = []
        b = a
        a.append(i)
        b.append(-i)
        a.append(b[0] + b[1])
        a.append(len(b))
        pairs.append(b)
    return pairs


ps = shared(2500)
print(ps[7], ps[-1], sum(p[3] for p in ps))


class Never:
    def __eq__(self, other):
        return False


def contains(n):
    hits = 0
    for i in range(n):
        lst = [i]
        lst.append(Never())
        if i in lst:
            hits += 1
        lst.pop()
        lst.append(i + 1)
        hits += lst.count(i + 1) + lst.index(i + 1)
    return hits


print(contains(3000))
