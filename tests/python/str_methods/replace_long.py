# str.replace on long and short text, with targets that are regex syntax
# and replacements holding "$" patterns.
base = "a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p\n\u00e9\u4e2d-$&-$1-$$ " * 20
short = "x.y|z$"
targets = [".", "*", "+", "?", "^", "$", "{", "}", "(", ")", "|", "[", "]", "\\", "/", "\n",
           "\u00e9", "\u4e2d", "$&", "$1", "$$", "a.b", "e^f", "(j)", "[m]", "-", " ", "zz"]
inserts = ["", "_", "$&", "$1", "$$", "$'", "$`", "\\", "long replacement", "\U0001f600"]
for target in targets:
    for insert in inserts:
        for text in (base, short):
            result = text.replace(target, insert)
            print(repr(target), repr(insert), len(result), ascii(result[:40]), ascii(result[-40:]))
print(base.replace(".", "!", 3)[:40], base.replace("", "-", 5)[:20])
wide = "\U0001f600|" * 200
print(wide.replace("|", " ")[:10], len(wide.replace("|", "--")), wide.replace("\U0001f600", "x")[:10])
