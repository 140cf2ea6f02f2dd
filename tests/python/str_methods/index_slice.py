s = "héllo wörld 😀!"
print(len(s), s[0], s[-1], s[-2], s[1:4], s[::-1], s[::2], s[-5:-1], s[100:], s[:-100], s[2:2], s[::-3], s[12], s[-3:])
for i in [14, -15, 10**20, -(10**20)]:
    try:
        print(s[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
class I:
    def __index__(self):
        return 1
print(s[I()], s[I():I() + 3] if False else s[I():4], s[True], s[None:None], s[slice(2)], s[::I()])
for bad in ["s[1.0]", "s['a']", "s[None]", "s[1:2:0]", "s[::'x']", "s[[1]]"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
w = "a\ud800b\U0001f600c"
print(len(w), ascii(w[1]), ascii(w[1:3]), ascii(w[::-1]), w.find("\ud800"), w.index("c"), ascii(w.upper()), w.count("\ud800"), ascii(w.replace("\ud800", "X")))
print("".join(reversed("abc")), list("a😀b"), [c for c in "é\u0301"], len("é\u0301"), "x" * 3, "ab" in "cabd", "" in "", "😀" in w)
t = "abcdef"
print(t[1:5:2], t[5:1:-2], t[-1:-7:-1], t[6:0:-1], t[:0:-1], t[::-1][::-1] == t, t[0:100:3], t[-100:100])
print(str.__getitem__(t, 2), t.__getitem__(slice(1, 3)), t.__len__(), t.__contains__("cd"), t.__mul__(2), t.__rmul__(0), t.__add__("!"))
