# list.sort()/sorted() of strs with no key: the multikey quicksort of
# vm/objects/str_sort.ts, against CPython's order on many shapes of input.
import random

rng = random.Random(1234)


def check(name, items):
    expected = sorted(items, key=lambda s: [ord(c) for c in s])
    got = sorted(items)
    listed = list(items)
    listed.sort(reverse=True)
    print(name, len(items), got == expected, listed == expected[::-1], [s[-8:] for s in got[:3]],
          [s[-8:] for s in got[-2:]])


check("empty", [])
check("one", ["x"])
check("words", ["".join(rng.choice("abcde") for _ in range(rng.randint(0, 6))) for _ in range(5000)])
check("prefixes", ["a" * rng.randint(0, 40) + rng.choice(["", "b", "ab"]) for _ in range(3000)])
check("long common", ["x" * 300 + str(rng.randint(0, 99)) for _ in range(2000)])
check("equal", ["same"] * 1000)
check("sorted", sorted("w%05d" % i for i in range(3000)))
check("reversed", sorted(("w%05d" % i for i in range(3000)), reverse=True))
check("nearly", sorted("w%05d" % i for i in range(3000))[::-1][:1500] + ["a", "zz"])
check("unicode", ["".join(chr(rng.choice([0x61, 0xe9, 0x3b1, 0x4e00, 0xff5e, 0x1f600, 0xd800]))
                          for _ in range(rng.randint(0, 4))) for _ in range(3000)])
check("bmp high", [chr(rng.randint(0xe000, 0xffff)) + chr(rng.randint(0x20, 0x7e)) for _ in range(2000)])
check("nul", ["\x00" * rng.randint(0, 3) + rng.choice(["", "\x00a", "a"]) for _ in range(500)])
check("digits", [str(rng.randint(0, 10**6)) for _ in range(20000)])
check("sawtooth", ["k%03d" % (i % 50) for i in range(4000)])
check("small", ["b", "a", "c", "ab", "", "ba"])
words = "the quick brown fox jumps over the lazy dog".split() * 3
words.sort()
print(words)
data = ["ITEM%d" % i for i in range(200)] + ["%05d" % (i * 3) for i in range(200)]
rng.shuffle(data)
print(sorted(set(w[:5] for w in data))[:8])
