# Comparisons whose left operand's class defines the method in Python are
# inlined into traces (recorder.ts inlineOperator): results, NotImplemented,
# reflected methods, identity fallback and errors, as in CPython.


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __eq__(self, other):
        if other.major == 99:
            return NotImplemented  # declines by value: identity decides ==
        return self.major == other.major and self.minor == other.minor

    def __gt__(self, other):
        return "Version.__gt__"


class Loose:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return "Loose.__gt__ %d" % self.n


class Picky:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return TABLE.get(other.n % 50, NotImplemented)  # NotImplemented for 49, no branch


TABLE = {k: k % 2 == 0 for k in range(49)}


def ordering(n):
    count = 0
    base = Version(1, 5)
    for i in range(n):
        if Version(1, i % 10) < base:
            count += 1
    return count


def equality(n):
    same = 0
    v = Version(2, 0)
    for i in range(n):
        w = Version(2 if i % 3 else 99, 0)
        if v == w:
            same += 1
        if w == w:
            same += 100
    return same


def reflected(n):
    out = []
    v = Version(0, 0)
    for i in range(n):
        r = v < Loose(i)  # __lt__ declines: Loose.__gt__ answers
        if i % 500 == 0:
            out.append(r)
    return out


def declined_without_branch(n):
    out = []
    p = Picky(0)
    for i in range(n):
        try:
            out.append(p < Picky(i))
        except TypeError as e:
            out.append(str(e))
    return out[:4], out[49], sum(1 for x in out if isinstance(x, str)), out[-3:]


def sorted_versions(n):
    versions = [Version(i % 7, i % 3) for i in range(n)]
    versions.sort()
    return [(v.major, v.minor) for v in versions[::max(1, n // 6)]]


N = 2000
print(ordering(N))
print(equality(N))
print(reflected(N))
print(declined_without_branch(N))
print(sorted_versions(300))
