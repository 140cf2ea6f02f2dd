# Guards in a row that leave with the same virtual objects (an instance the
# trace did not make yet, its float fields) and values of their own (the
# exits' code makes the objects: jit/backend/js.ts exitCode). Every guard
# here fails at some iteration: the rebuilt frames must hold the objects,
# their fields, and each exit's own values. (Not the identity of a local's float and the field's: docs/
# differences.md, "Identity of floats in traced loops".)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(items):
    seen = []
    for i, item in enumerate(items):
        v = Vec(i * 0.5, i + 0.25)
        x = v.x
        a = item[0] + 1
        y = v.y
        b = item[1] * 2
        c = item[2] - i
        seen.append((a, b, c, x, y, v))
    return seen


def items(n):
    out = []
    for i in range(n):
        row = [i, i + 1, i + 2]
        if i % 97 == 13:
            row[0] = "s"
        if i % 89 == 17:
            row[1] = [i]
        if i % 83 == 19:
            row[2] = 1.5
        out.append(row)
    return out


def guarded(rows):
    try:
        return run(rows)
    except TypeError as e:
        return str(e)


rows = items(3000)
r = run([[i, i, i] for i in range(1500)] + [[j, j, j] for j in range(1500)])
def shown(r):
    return [(a, b, c, x, y, type(v).__name__, v.x, v.y) for a, b, c, x, y, v in r]


print(len(r), shown(r[:2]), shown(r[-2:]))
bad = [row for row in rows if not isinstance(row[0], str)]
r = run(bad)
print(len(r), shown(r[13:15]), shown(r[-3:]), sum(1 for t in shown(r) if t[3] != t[6] or t[4] != t[7]))
print(guarded(rows)[:80])


def dots(others):
    # v's fields are on the stack (boxed: the box is v's field too) when a
    # guard on w's field leaves: exits that store different fields of v.
    out = []
    for i, w in enumerate(others):
        v = Vec(i * 0.5, i + 0.25)
        out.append(v.x * w.x + v.y * w.y + v.x * w.y)
    return out


ws = [Vec(1.5, 2.5) for i in range(3000)]
for i in range(200, 3000, 150):
    ws[i] = Vec(i, 2.5) if i % 300 else Vec(0.5, i)
d = dots(ws)
print(len(d), d[:3], d[200:202], d[350:352], sum(d))
