# str + str in traces is an op on plain (JS) strings (recorder.ts, str_concat);
# wide strs (astral characters, lone surrogates) take the interpreter's path.


def build(n):
    s = ""
    for i in range(n):
        s += "ab"[i % 2]
        s = s + ("-" if i % 10 == 9 else "")
    return len(s), s[:25], s[-12:]


PREFIXES = ["x", "y", "\U0001f600", "z", "w", "\ud800", "v"]  # (recorded: a plain one)


def mixed(n):
    out = []
    for i in range(n):
        prefix = PREFIXES[i % 7]  # now and then a wide str, from the same load
        t = prefix + "y" * (i % 3)
        if i % 500 < 3:
            out.append((t, len(t)))
    return out


def surrogates(n):
    # A lone high and a lone low surrogate joined stay two code points.
    parts = []
    for i in range(n):
        a = ["\ud83d", "a"][i % 2]
        b = ["\ude00", "b"][i % 2]
        c = a + b
        if i % 400 < 2:
            parts.append((len(c), [hex(ord(ch)) for ch in c]))
    return parts


def equality(n):
    hits = 0
    for i in range(n):
        key = "k" + str(i % 10)
        if key == "k3":
            hits += 1
    return hits


def errors(n):
    caught = []
    for i in range(n):
        try:
            s = "v" + (i if i % 300 == 0 else str(i))
        except TypeError as e:
            caught.append(str(e))
    return caught[:2], len(caught)


N = 3000
print(build(N))
print(mixed(N))
print(surrogates(N))
print(equality(N))
print(errors(N))
