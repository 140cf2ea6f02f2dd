# &, |, ^ and >> on ints beyond 32 bits (safe integers) and around the edges,
# in the interpreter and in compiled loops.
vals = [0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32 - 1, 2**32, -2**32, 2**40 + 12345,
        -(2**40) - 7, 2**52 + 3, -(2**52) - 5, 2**53 - 1, -(2**53 - 1), 2**53, 2**60 + 1, -(2**64)]
out = []
for a in vals:
    for b in vals:
        out.append((a & b, a | b, a ^ b))
    for s in (0, 1, 5, 31, 32, 33, 52, 53, 60, 100):
        out.append(a >> s)
print(hash(tuple(out)) == hash(tuple(out)), len(out))
print(out[:40])
print(out[-40:])


def lcg(n):
    state = 12345
    acc = 0
    for i in range(n):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        acc ^= state >> 7
        acc |= (state << 20) & 0xFFFFFFFFFFFF
        acc &= 0xFFFFFFFFFFFFF
    return state, acc


print(lcg(5000))


def mixed(n):
    x = 2**45 + 17
    total = 0
    for i in range(n):
        total += (x ^ i) & (x | (i << 30)) ^ (-i & x) ^ ((-x) >> (i % 60))
    return total


print(mixed(4000))
try:
    1 >> -1
except ValueError as e:
    print(e)


def neg_shift(n):
    r = 0
    for i in range(n):
        r += 1024 >> (3 - i % 5)
    return r


try:
    print(neg_shift(3000))
except ValueError as e:
    print("ValueError", e)
