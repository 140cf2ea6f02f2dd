# len() of lists and tuples, and comprehension appends, in traces: the
# length is read where the list is (appends and pops in the loop show at
# once); len of other objects (a str, a dict, a class with __len__, a list
# subclass) and len rebound to another function keep their own meaning.
import builtins


class Sized:
    def __len__(self):
        return 7


class MyList(list):
    def __len__(self):
        return 99


def lengths(n):
    items = []
    total = 0
    for i in range(n):
        items.append(i)
        if i % 3 == 0:
            items.pop()
        total += len(items) + len((i, i)) + len("ab" * (i % 3))
    return total, len(items)


def mixed(values):
    return [len(v) for v in values]


print(lengths(3000))
print(mixed([[1, 2], (1,), "abc", {1: 2}, Sized(), MyList([1]), b"xy"] * 300)[:7])
squares = [[x * x for x in range(i % 5)] for i in range(2000)]
print(sum(len(s) for s in squares), squares[-1])
real_len = builtins.len


def fake_len(x):
    return -1


def uses_len(n):
    out = 0
    for i in range(n):
        out += len([i])
    return out


print(uses_len(2000))
builtins.len = fake_len
try:
    print(uses_len(2000))
finally:
    builtins.len = real_len
print(uses_len(10))
