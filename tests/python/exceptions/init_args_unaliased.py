# A builtin type's __init__ called as a method (Exception.__init__(self, *parts),
# list.__init__, dict.__init__ with keywords): the instance keeps its own
# arguments, whatever the caller does with the list or tuple it spread, and
# each call's args are that call's.


class Parts(Exception):
    def __init__(self, *parts):
        Exception.__init__(self, *parts)
        self.parts = parts


class Items(list):
    def __init__(self, source):
        list.__init__(self, source)


class Options(dict):
    def __init__(self, **given):
        dict.__init__(self, **given)


source = [1, 2]
e = Parts(*source)
source.append(3)
print(e.args, e.parts, source)

spread = (4, 5)
e2 = Parts()
Exception.__init__(e2, *spread)
print(e2.args, spread)

kept = []
for i in range(3000):
    made = Parts(i, -i) if i % 2 else Parts(i)
    if i % 700 == 0 or i % 700 == 1:
        kept.append(made)
print([k.args for k in kept])

numbers = [3, 1, 2]
items = Items(numbers)
numbers.clear()
print(items, numbers)

o = Options(a=1, b=2)
print(sorted(o.items()))

try:
    Exception.__init__(e2, 1, key=2)
except TypeError as err:
    print("TypeError:", err)
print(e2.args)
