cases = ["", "\n", "a", "a\n", "a\nb", "a\r\nb\r", "\r\r\n\n", "x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029w", "a\r", "\r\n", "\n\n", "abc\r\n\r\ndef\n", "\U0001f600\na\r\n", "\ud800\r\n"]
for c in cases:
    print(repr(c), c.splitlines(), c.splitlines(True), c.splitlines(keepends=True))
class S(str): pass
print(S("a\nb").splitlines(), type(S("a\nb").splitlines()[0]))
