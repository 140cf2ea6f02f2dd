# str indexing, slicing, comparison, len and `in` in traces (ops on strs in
# plain form), with wide strs (astral characters, lone surrogates) and str
# subclasses taking the general way.


class S(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


def scan(text):
    count = words = pairs = 0
    for i in range(len(text) - 1):
        if text[i] == "a" and text[i + 1] != " ":
            count += 1
        if text[i:i + 2] == "ab":
            words += 1
        if text[i - 1] < text[i] <= text[-1]:
            pairs += 1
    return count, words, pairs


samples = ["ab cd abc aab " * 300, "x😀ab a" * 200, "ab\ud800 aab" * 150, S("ab cab") * 1]
for t in samples:
    print(scan(t))


def windows(text, n):
    out = []
    for i in range(n):
        out.append((text[i:], text[:i], text[-i:], text[i:i], text[i:-1], text[None:i],
                    text[i:None], text[i:i + 1000]))
    return [w for w in out[::97]]


print(windows("hello world", 300)[:3])
print(windows("h😀llo", 300)[:3])


def errors(text, n):
    hits = 0
    for i in range(n):
        try:
            hits += text[i % 20] == "z"
        except IndexError as e:
            hits -= 1
            last = str(e)
    return hits, last


print(errors("abcdefghijklmnopqrstuvwxyz"[:15], 3000))


def membership(n):
    keys = ["", "a", "ab", "zz", "😀", "b😀"]
    texts = ["abc", "", "xaby", "😀b😀"]
    found = 0
    for i in range(n):
        k = keys[i % len(keys)]
        t = texts[(i // 7) % len(texts)]
        found += (k in t) * 3 + (k not in t)
        found += len(t) + len(k)
    return found


print(membership(4000))


def comparisons(n):
    words = ["apple", "Apple", "apples", "", "😀", "\ud800", "zebra", "é"]
    table = []
    for i in range(n):
        a = words[i % len(words)]
        b = words[(i // len(words)) % len(words)]
        table.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    return table[:: max(1, n // 20)]


print(comparisons(3000))


def subclass(n):
    weird = S("q")
    total = 0
    for i in range(n):
        total += weird == "x"
        total += "x" == weird
        total += len(weird)
    return total


print(subclass(3000))


# isinstance() of strs in traces: plain and wide strs, str subclasses, other types.
class Tag(str):
    pass


def kinds(n):
    values = ["plain", "wide 😀", Tag("tag"), 3, 2.5, None, b"b", ["l"]]
    counts = [0] * 5
    for i in range(n):
        v = values[i % len(values)]
        counts[0] += isinstance(v, str)
        counts[1] += isinstance(v, object)
        counts[2] += isinstance(v, Tag)
        counts[3] += isinstance(v, int)
        counts[4] += isinstance(v, (str, bytes))
    return counts


print(kinds(4000))
