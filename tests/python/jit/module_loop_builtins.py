# A module-level loop assigns its globals every iteration (its loop variable,
# counters); its builtin lookups still notice a global that comes to shadow
# a builtin, however it is made, and one that goes away.
total = 0
seen = []


def shadow_abs():
    global abs
    abs = lambda x: "shadowed"


for i in range(4000):
    total += abs(-i) if isinstance(abs(-i), int) else 0
    if i == 1000:
        globals()["len"] = lambda x: -1
    if i == 2000:
        del globals()["len"]
    if i == 3000:
        shadow_abs()
    seen.append((len("abc"), abs(-2)))

print(total)
print(seen[999], seen[1000], seen[1999], seen[2000], seen[2999], seen[3000], seen[-1])
print(sum(1 for s in seen if s[0] == -1), sum(1 for s in seen if s[1] == "shadowed"))
del abs
count = 0
for j in range(3000):
    count += len(str(j)) + max(j, 1) - min(j, 1)
    if j == 2500:
        exec("max = lambda a, b: 0", globals())
print(count, max(5, 6))
