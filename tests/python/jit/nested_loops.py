# Nested loops and branchy loops: bridges grow from guards that fail often,
# go round outer loops back into the inner one, and grow bridges of their
# own. Every variable must have its interpreter value whenever the trace
# leaves.


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = checksum = 0
    sign = 1
    r = n
    while True:
        p = perm[:]
        flips = 0
        first = p[0]
        while first:
            p[:first + 1] = p[first::-1]
            flips += 1
            first = p[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        sign = -sign
        while r != 1:
            count[r - 1] = r
            r -= 1
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def matrix(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        row = a[i]
        for j in range(n):
            s = 0
            for k in range(n):
                s += row[k] * b[k][j]
            c[i][j] = s
    return sum(map(sum, c)), c[n - 1][n - 2]


def collatz(limit):
    longest = best = 0
    for start in range(1, limit):
        x = start
        steps = 0
        while x != 1:
            if x % 2:
                x = 3 * x + 1
            else:
                x //= 2
            steps += 1
        if steps > longest:
            longest, best = steps, start
    return best, longest


def triangle(n):
    out = []
    total = 0.0
    for i in range(n):
        for j in range(i):
            total += (i - j) * 0.5
            if j == i - 1 and i % 50 == 0:
                out.append(round(total, 3))
    return out[-3:], total


def sieve(n):
    flags = [True] * n
    flags[0] = flags[1] = False
    for i in range(2, n):
        if flags[i]:
            for j in range(i * i, n, i):
                flags[j] = False
    return sum(flags), flags.index(True, n // 2)


print(fannkuch(7))
print(matrix(30))
print(collatz(3000))
print(triangle(300))
print(sieve(20000))
