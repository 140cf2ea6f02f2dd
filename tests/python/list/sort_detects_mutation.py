# list.sort detects any mutation made while it runs, even one undone before
# it ends (an append then a pop): ValueError "list modified during sort".
from functools import cmp_to_key


def run(L, **kwargs):
    try:
        L.sort(**kwargs)
        print("sorted", L)
    except ValueError as e:
        print("ValueError:", e, L)


L = [1, 2]


def append_pop(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)


run(L, key=cmp_to_key(append_pop))


def append_clear(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)


L = [2, 1]
run(L, key=cmp_to_key(append_clear))


class C:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        M.append(0)
        M.pop()
        return self.n < other.n

    def __repr__(self):
        return f"C({self.n})"


M = [C(3), C(1), C(2)]
run(M)


# Reading the list during the sort is no mutation: it looks empty.
def reads(x, y):
    print("during sort:", N, len(N))
    return (x > y) - (x < y)


N = [3, 1, 2]
run(N, key=cmp_to_key(reads))
S = ["b", "a", "c"]
run(S)
