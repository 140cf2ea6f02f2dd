cases = ["", "  a  ", "\t\n x \x0b\x0c\r", "...a,b..,", "abc", "\u3000wide\u3000", "\x1c\x1d\x1e\x1fz\x85\xa0", "xyzzyx", "aaaa"]
for s in cases:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(".,")), repr(s.strip("xa")), repr(s.rstrip("")), repr(s.lstrip(None)))
print(repr("\U0001f600ab\U0001f600".strip("\U0001f600")), repr("ab\ud800".strip("\ud800")), repr("\ud800ab".lstrip("a\ud800")))
class S(str):
    pass
print(repr(S("  q ").strip()), type(S(" q ").strip()).__name__, repr("..x..".strip(S("."))))
try:
    "a".strip(1)
except TypeError as e:
    print(e)
