# Extended slices of short strs (the fromCharCode path) and of wide ones, every bound kind.
import itertools
s = "abcdefghij"
out = []
for start, stop, step in itertools.product([None, -12, -3, -1, 0, 1, 4, 9, 10, 15], [None, -12, -3, -1, 0, 1, 4, 9, 10, 15], [-11, -3, -2, -1, 2, 3, 11]):
    out.append(s[start:stop:step])
print(out)
print(""[::-1], "a"[::-1], "ab"[::-2], "item123"[::-1], "é€x"[::-1], "x😀y"[::-1], "😀"[::-1])
