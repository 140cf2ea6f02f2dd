# getrandbits(k) against CPython's sequence for every width from 1 to 139 bits and
# wide ones: one word, two words as a safe integer (k <= 53), bigints built by
# shifts (up to 32 words) and through a string beyond; randrange on top.
import random
r = random.Random(12345)
print([r.getrandbits(k) for k in range(1, 140)])
print([r.getrandbits(k) for k in (33, 52, 53, 54, 63, 64) for _ in range(5)])
r.seed(2**70 + 3)
print([r.randrange(2**40) for _ in range(10)], [r.randrange(10**15) for _ in range(10)])
print([r.getrandbits(k) for k in (100, 128, 1000, 1024, 1025, 2048, 5000)])
