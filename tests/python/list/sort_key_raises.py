# list.sort with a key function that raises: the list is left as it was,
# and whatever the key function appended meanwhile is dropped.
data = list(range(-2, 2))
try:
    data.sort(key=lambda x: 1 / x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(data)


def appending_key(x):
    data.append(99)
    print("during sort:", data)
    if x == 1:
        raise KeyError(x)
    return -x


try:
    data.sort(key=appending_key)
except KeyError as e:
    print("KeyError:", e)
print(data)

# A comparison that raises: the list keeps a permutation of its items.
class Bad:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n == 2 or other.n == 2:
            raise RuntimeError("no")
        return self.n < other.n
    def __repr__(self):
        return f"Bad({self.n})"

items = [Bad(3), Bad(1), Bad(2), Bad(0)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(b.n for b in items))

# Mutating the list from the key function is detected.
data = [3, 1, 2]
def mutate(x):
    data.append(x)
    return x
try:
    data.sort(key=mutate)
except ValueError as e:
    print("ValueError:", e)
print(data)
