# Virtual instances made real (jit/materialize.ts makeInstance): each one
# owns its attribute arrays (two objects made at one site never share
# them), `__slots__` members left unset stay unset (AttributeError), float
# attributes keep their values, and objects an exit builds are whole.


class Node:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.edges, self.owner = [], None


class Pair:
    __slots__ = ("left", "right", "extra")

    def __init__(self, left, right, with_extra):
        self.left = left
        self.right = right
        if with_extra:
            self.extra = left * right


class Point:
    def __init__(self, x, y):
        self.x = x * 0.5
        self.y = y + 0.25


def build(n):
    nodes = []
    for i in range(n):
        a = Node("a%d" % i)
        b = Node("b%d" % i, i)
        a.edges.append(b)
        b.owner = a
        nodes.append(a)
        nodes.append(b)
    return nodes


nodes = build(3000)
# Mutate every other object: none of the others may change with it.
for k, node in enumerate(nodes):
    if k % 2 == 0:
        node.value = -k
        node.edges.append(k)
print(sum(node.value for node in nodes))
print(sum(len(node.edges) for node in nodes))
print(nodes[10].name, nodes[11].name, nodes[11].owner is nodes[10], nodes[10].edges[0] is nodes[11])
print(len({id(node.edges) for node in nodes}))


def pairs(n):
    out = []
    for i in range(n):
        out.append(Pair(i, i + 1, i % 3 == 0))
    return out


ps = pairs(3000)
missing = 0
total = 0
for p in ps:
    try:
        total += p.extra
    except AttributeError:
        missing += 1
    total += p.left + p.right
print(missing, total)
ps[5].extra = 7
ps[6].left = 99
print(ps[5].extra, ps[4].left, ps[6].left, ps[7].left)


def points(n):
    out = []
    for i in range(n):
        p = Point(i, i)
        if i % 1000 == 999:
            p.tag = "late"  # (another map: a guard fails with the object virtual)
        out.append(p)
    return out


pts = points(5000)
print(sum(p.x for p in pts), sum(p.y for p in pts))
pts[0].x = 100.0
print(pts[0].x, pts[1].x, sum(1 for p in pts if hasattr(p, "tag")))


def mixed(n):
    out = []
    for i in range(n):
        v = Node(i if i % 700 else "s%d" % i, 1.5 if i % 900 else i)
        out.append(v)
    return out


ms = mixed(4000)
print(sum(1 for m in ms if isinstance(m.name, str)), sum(m.value for m in ms))
