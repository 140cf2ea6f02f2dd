# A function's __module__ is its globals' __name__ when it is made (made again and
# again in loops, also in traces), as __name__ is reassigned, deleted and re-added.
fs = []
for i in range(3000):
    if i == 1500:
        __name__ = "renamed"
    if i == 2000:
        del globals()["__name__"]
    if i == 2500:
        globals()["__name__"] = 42
    fs.append((lambda: 0).__module__)
print(sorted(set(map(str, fs))))
def make(n):
    out = set()
    g = globals()
    for i in range(n):
        if i == n // 2:
            g["__name__"] = "again"
        out.add((x for x in ()).gi_frame.f_globals["__name__"])
        out.add((lambda: 1).__module__)
    return sorted(map(str, out))
print(make(3000))
