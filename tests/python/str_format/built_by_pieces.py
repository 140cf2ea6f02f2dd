# strs built from pieces (f-strings, % formats, short joins: str_wide.ts
# builds them by `+` and flattens them): around V8's 13-unit rope length,
# with wide pieces (astral characters, lone surrogates) first, in the middle
# and last, more pieces than the `+` path takes, and the results used as
# dict keys and compared with the same text built otherwise.
S = "\ud83d"  # a lone high surrogate
T = "\ude00"  # a lone low surrogate
A = "\U0001d518"  # an astral character
for n in (0, 1, 5, 11, 12, 13, 14, 30):
    w = "x" * n
    for r in (f"{w}|{n}|", f"{w}{A}{n}", f"{S}{w}{T}", f"{w}{S}", f"{T}{w}", "%s|%d|" % (w, n),
              "%s%s%s" % (S, w, T), "%s%c%s" % (w, 0x1d518, w), "%-14s|%05d" % (w, n),
              "".join([w, S, T]), "-".join([w, w, w]), " ".join([S, w, T])):
        print(n, len(r), ascii(r), r == r[:], hash(r) == hash("".join(list(r))))
pieces = ["p%d" % i for i in range(100)]
for count in (1, 2, 63, 64, 65, 100):
    joined = ",".join(pieces[:count])
    print(count, len(joined), joined[-12:], joined == "".join(p + "," for p in pieces[:count])[:-1])
    wide = ",".join(pieces[:count] + [S])
    print(count, len(wide), ascii(wide[-6:]))
parts = [f"{'item%d' % i:>10}|{i * 3:05d}|{str(i)[::-1]}" for i in range(20)]
index = {p: i for i, p in enumerate(parts)}
print(all(index[" " * (10 - len("item%d" % i)) + "item%d|%05d|%s" % (i, i * 3, str(i)[::-1])] == i
          for i in range(20)))
print(ascii("%s and %s: %d%%" % ("left" * 4, S + T, 50)))
line = "2026-%02d-%02d %02d:%02d [%s] user=u%d mail=%s" % (1, 2, 3, 4, "INFO", 5, "é" * 3)
print(line, len(line), line.split(" ")[3])
class Sub(str):
    pass
print(ascii("%s|%s|" % (Sub("sub" * 5), Sub(A))), ascii(f"{Sub('ab' * 7)}{Sub(S)}"))
print(ascii("".join([])), ascii("".join([""])), ascii(f""), ascii("%s%s" % ("", "")))
