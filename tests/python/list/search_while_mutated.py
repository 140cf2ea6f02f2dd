# Searching natives of list and tuple (in, index, count, remove) read the
# list's items and length at every step, as CPython does: an __eq__ called
# by the search may grow, shrink or replace the list.
class Clearing:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        print("compare", other)
        self.lst.clear()
        return False


class Growing:
    def __init__(self, lst, limit):
        self.lst = lst
        self.limit = limit
    def __eq__(self, other):
        print("compare", other, len(self.lst))
        if len(self.lst) < self.limit:
            self.lst.append(len(self.lst) + 10)
        return other == 14


lst = [1, 2, 3]
print(Clearing(lst) in lst, lst)
lst = [1, 2, 3]
print(Growing(lst, 5) in lst, lst)
lst = [1, 2, 3]
print(lst.count(Growing(lst, 6)), lst)
lst = [1, 2, 3]
print(lst.index(Growing(lst, 5)), lst)
lst = [1, 2, 3]
print(lst.index(Growing(lst, 6), 1, 100), lst)
lst = [1, 2, 3]
try:
    print(lst.index(Growing(lst, 6), -2, 4), lst)
except ValueError:
    print("ValueError", lst)
lst = [1, 2, 3]
lst.remove(Growing(lst, 5))
print(lst)
lst = [1, 2, 3]
try:
    lst.remove(Clearing(lst))
except ValueError as e:
    print("ValueError", e, lst)
t = (1, 2, 14)
print(Growing([], 0) in t, t.index(Growing([], 0)), t.count(Growing([], 0)))
