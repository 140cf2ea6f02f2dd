# List slices in hot loops (compiled as one op with no slice object).
def flips(n):
    perm = list(range(n))
    total = 0
    for k in range(2000):
        p = perm[:]
        first = p[0] if p[0] else (k % (n - 1)) + 1
        while first:
            p[:first + 1] = p[first::-1]
            total += 1
            first = p[0]
        perm[:] = perm[1:] + perm[:1]
    return total, perm


print(flips(9))


def slicing(data):
    out = []
    for i in range(len(data)):
        out.append(sum(data[i:i + 3]) + len(data[:i]) + len(data[i:]) + len(data[::2]))
        out.append(data[-3:][0] + data[i::-1][0] + data[-(i + 1)::-2][0])
    return out[-6:], len(out)


print(slicing(list(range(1500))))


def stores(n):
    a = list(range(10))
    log = []
    for i in range(n):
        a[2:4] = [i, i + 1, i + 2]
        a[-3:] = (i,)
        del a[5:]
        a[len(a):] = [7] * (10 - len(a))
        a[::3] = a[1::3] + [0] * (len(a[::3]) - len(a[1::3]))
        log.append(a[:])
    return log[-1], len(log)


print(stores(3000))


def mismatch(n):
    a = list(range(10))
    caught = 0
    for i in range(n):
        try:
            if i % 500 == 499:
                a[::2] = [1, 2]
            else:
                a[::2] = a[1::2]
        except ValueError as e:
            caught += 1
            last = str(e)
    return caught, last, a


print(mismatch(3000))


def mixed(n):
    total = 0
    seqs = [list(range(20)), tuple(range(20)), "abcdefghijklmnopqrst", list(range(5))]
    for i in range(n):
        s = seqs[i % 4]
        part = s[i % 7:i % 11:1 + i % 3]
        total += len(part)
        r = s[::-1]
        total += len(r) if r else 0
        b = s[True:]
        total += len(b)
    return total


print(mixed(3000))


def bad_step(n):
    a = list(range(10))
    for i in range(n):
        step = 1 if i < n - 1 else 0
        a[::step]
    return a


try:
    bad_step(2000)
except ValueError as e:
    print("ValueError", e)


def big_bounds(n):
    a = list(range(10))
    out = 0
    for i in range(n):
        out += len(a[-10**30:10**30]) + len(a[10**20:]) + len(a[:-10**20])
    return out


print(big_bounds(2000))
