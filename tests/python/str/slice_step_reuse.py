# Stepped slices of short strs (the pick reuses a units array per length):
# every result must be its own value, whatever length, step and sign.
words = ["item%d" % i for i in range(0, 3000, 7)]
reversed_words = [w[::-1] for w in words]
print(reversed_words[:5], reversed_words[-3:])
print([w[::2] for w in words[:6]], [w[1::3] for w in words[-4:]])
print(all(r[::-1] == w for r, w in zip(reversed_words, words)))
s = "abcdefghijklmnopqrstuvwxyz" * 4
pieces = [s[i:j:k] for i in range(-5, 30, 4) for j in (None, 3, 50, -2) for k in (-3, -1, 2, 5)]
print(len(pieces), pieces[:12], pieces[-6:])
print(s[::-1] == "".join(reversed(s)), s[::64], s[100:0:-1][:10], ""[::-1], "x"[::-1])
long = "0123456789" * 40
print(long[::-1][:12], len(long[::3]), long[::-7][:8])
print("h\u00e9llo w\u00f6rld"[::-1], "\U0001f600ab"[::-1] == "ba\U0001f600")
