# An exact tuple repeated once (or an empty tuple repeated) is the tuple itself.
EMPTY = tuple()


class T(tuple):
    pass
for m in range(3):
    s = tuple(range(m))
    print(m, s * 1 is s, 1 * s is s, s * 0 is EMPTY, s * 2 is s, s * 2, s * -1)
t = T((1, 2))
print(t * 1 is t, type(t * 1).__name__, EMPTY * 5 is EMPTY)
l = [1]
print(l * 1 is l, l * 1 == l)
