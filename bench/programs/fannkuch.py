# Integer and list work: pancake flips over every permutation (fannkuch).
from _bench import main


def kernel(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        # Flip the prefix of a copy until its first element is 0.
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
        # Next permutation by rotating prefixes (counting order).
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


main(kernel, 9, 6, iterations=5)
