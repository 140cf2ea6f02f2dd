import itertools
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "8"]
groups = ["", ",", "_"]
types = ["", "d", "x", "b", "e", "f", "g", "%"]
count = 0
for value in [0, -1234, 98765, -0.5, 12345.678, float("-inf")]:
    lines = []
    for a, s, h, z, w, g, t in itertools.product(aligns, signs, alts, zeros, widths, groups, types):
        spec = a + s + h + z + w + g + t
        try:
            r = format(value, spec)
        except ValueError as e:
            r = "E:" + str(e)
        lines.append(r)
        count += 1
    print(value, "|".join(lines))
print(count)
