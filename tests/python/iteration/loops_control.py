# for/while with else, break/continue through try/finally, mutation during iteration.
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return "not found"
    return f"found at {i}"
print(search([1, 2, 3], 2), search([], 1), search([1], 5))

n = 0
while n < 3:
    n += 1
else:
    print("while else ran", n)
while True:
    break
else:
    print("never")

out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)

out = []
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        out.append((i, j))
    else:
        out.append("inner else")
print(out)

lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.append(99) if len(lst) < 6 else None
print(lst)
nums = [1, 2, 3, 4]
for v in nums[:]:
    if v % 2 == 0:
        nums.remove(v)
print(nums)
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + "2"] = 0
print(sorted(d))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
x = 10
for x in range(3):
    pass
print(x)
for _ in []:
    y_never = 1
print("y_never" in globals())
i = 0
while (i := i + 1) < 5:
    if i == 2:
        continue
    if i == 4:
        break
print(i)
total = 0
for a, b in zip(range(3), range(10, 13)):
    total += a * b
print(total)
it = iter(range(10))
for v in it:
    if v == 3:
        break
print(list(it))
r = range(3)
for v in r:
    r = range(100)
print(v)
