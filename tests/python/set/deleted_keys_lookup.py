# Lookups in sets that have been added to and emptied again (tables full of
# deleted entries): hits, misses, keys whose hashes share their low bits,
# equal keys of other types, and iteration order after the churn, all as
# CPython's table gives them.


def churn(keys, rounds):
    s = set()
    for r in range(rounds):
        for k in keys:
            s.add(k)
        for k in keys[r % 3 :: 2]:
            s.discard(k)
    return s


keys = [0, 64, 128, -1, -2, 63, 127, 1 << 40, -(1 << 40), 2**64 + 5, 7, 71]
s = churn(keys, 7)
print(sorted(s), list(s))
for k in keys + [1, 65, -65, 2**64 + 69, 192, 256]:
    print(k, k in s, float(k) in s if abs(k) < 2**53 else None)
print(True in s, 1.0 in s, 0.0 in s, False in s)

# A set that grew (and so resized) and then lost most of its keys.
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), [i in big for i in range(-3, 103, 7)], list(big)[:10])
big.update(range(0, 100, 6))
print(len(big), list(big)[:12])

# Copies, clears, pops and in-place operations keep lookups right.
copy = set(big)
print(copy == big, 1 in copy, 3 in copy, 6 in copy)
copy.clear()
print(len(copy), 1 in copy)
copy.update([5, 69, 133])
print(69 in copy, 133 in copy, 197 in copy, list(copy))
popped = [copy.pop() for _ in range(2)]
print(popped, list(copy), 5 in copy, 69 in copy)
both = big & set(range(50))
print(len(both), 7 in both, 9 in both, list(both)[:8])
big -= set(range(0, 100, 2))
print(len(big), 6 in big, 7 in big, list(big)[:8])
big ^= {1, 1001, 1065}
print(1 in big, 1001 in big, 1065 in big, 1129 in big)

# Strings and tuples (hashes other than the int's own value).
words = {"a", "b", "c", ("x", 1), ("y", 2)}
for w in ["a", "b", ("x", 1)]:
    words.discard(w)
print(sorted(map(str, words)), "a" in words, "c" in words, ("y", 2) in words, ("x", 1) in words)

# frozensets built after churn compare and hash as equal sets do.
f = frozenset(s)
print(f == s, hash(f) == hash(frozenset(sorted(s, key=str))))

# A copy of a grown table without deleted entries takes its layout whole.
src = set(range(0, 640, 64)) | {-1, -65}
dup = set(src)
print([k in dup for k in sorted(src)], 1 in dup, list(dup) == list(src))
dup.discard(64)
print(64 in dup, 128 in dup, list(dup))
