# list.sort of small ints without a key sorts a typed copy of the numbers;
# anything else (bools, big ints, floats, a key) takes the general sort,
# with the same results.
import random

random.seed(7)
values = [random.randrange(-10**6, 10**6) for _ in range(2000)]
ascending = sorted(values)
print(all(ascending[i] <= ascending[i + 1] for i in range(len(ascending) - 1)), ascending[:5])
print(sorted(values, reverse=True)[:5], sorted(values, reverse=1)[:3], sorted(values, reverse=0)[:3])
print(sorted([]), sorted([5]), sorted([3, 1, 2], reverse=False), sorted([2**53 - 1, -(2**53) + 1, 0]))
near = [2**53 - 1, 2**53 - 2, -(2**53 - 1), 2**31, -(2**31), 0, -1]
print(sorted(near), sorted(near, reverse=True))
print(sorted([3, True, 1, False, 2]), sorted([2**70, 5, -(2**70), 3]), sorted([3, 1.5, 2]))
print(sorted([3, 1, 2], key=None), sorted([3, 1, 2], key=lambda v: -v))
same = [1000] * 5
ids = [id(v) for v in same]
same.sort()
print(same, all(id(v) == i for v, i in zip(same, ids)))
lst = [5, 3, 9]
alias = lst
lst.sort()
print(alias is lst, alias)


try:
    [2, "a", 1].sort()
except TypeError as error:
    print("TypeError", error)


class Counting(int):
    def __lt__(self, other):
        print("Counting.__lt__")
        return int(self) < int(other)


print(sorted([Counting(2), 1]))
