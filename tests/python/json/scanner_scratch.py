# json.loads builds objects' dicts and arrays' lists from scratch stacks and
# reads short keys through a memo: the results must be the dicts and lists
# the C scanner's one-by-one insertions make (order, duplicates, growth,
# iteration under mutation), whatever hooks run in between.
import json

# Duplicate keys: the last value wins at the first key's position.
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"a": 1, "a": 2, "a": 3, "b": 4}'))
print(json.loads("{" + ", ".join('"k%d": %d' % (i % 5, i) for i in range(9)) + "}"))
many = "{" + ", ".join('"k%d": %d' % (i % 13, i) for i in range(40)) + "}"
print(json.loads(many))
print(json.loads('{"x": {"x": {"x": [1, {"x": 2, "x": 3}]}}, "x": [4]}'))

# Sizes around the small-dict limit, then growing and shrinking afterwards.
for n in range(0, 20):
    d = json.loads(json.dumps({"k%d" % i: i for i in range(n)}))
    d["new"] = n
    del d["k0" if n else "new"]
    d.update(("u%d" % i, i) for i in range(5))
    print(n, len(d), list(d)[:3], list(d)[-2:], d.get("k%d" % (n - 1)))


# Iteration while entries are deleted and added keeps the count it started
# with: how far it gets depends on the dict's capacity, which must be the
# one that inserting the keys one by one gives.
def churn(d, rounds):
    it = iter(d)
    seen = [next(it)] if d else []
    try:
        for r in range(rounds):
            key = next(iter(d))
            del d[key]
            d["n%d" % r] = r
            seen.append(next(it))
    except (RuntimeError, StopIteration) as e:
        seen.append(type(e).__name__ + ": " + str(e))
    return seen


for n in range(1, 12):
    for rounds in (1, 3, 6, 12):
        loaded = json.loads(json.dumps({"k%d" % i: i for i in range(n)}))
        built = {"k%d" % i: i for i in range(n)}
        a, b = churn(loaded, rounds), churn(built, rounds)
        print(n, rounds, a == b, a)

# Lists: exact and mutable afterwards.
lst = json.loads("[1, [2, 3], [], [[]], 4.5, null, true]")
lst.append(8)
lst[1].extend([9])
print(lst, len(lst[1]), lst[3][0] == [])

# Hooks run between the pushes: an object hook that scans other documents
# (succeeding or failing half-way) must not disturb the outer object.
calls = []


def hook(d):
    calls.append(len(d))
    inner = json.loads('{"inner": [1, 2, {"deep": 3}], "z": 0}')
    try:
        json.loads('{"broken": [1, 2, {"x": ')
    except json.JSONDecodeError as e:
        calls.append(e.msg)
    d["seen"] = inner["inner"][2]["deep"]
    return d


doc = '{"a": [1, {"b": 2, "c": [3, 4]}, 5], "d": {"e": {"f": 6}}, "g": [7, 8, 9]}'
print(json.loads(doc, object_hook=hook))
print(calls)
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1, 2.5, 3]', parse_float=lambda s: json.loads("[" + s + "]"),
                 parse_int=lambda s: {"int": json.loads('{"v": %s}' % s)}))


def failing(d):
    if "bad" in d:
        raise ValueError("hook refuses")
    return d


for text in ('[{"ok": 1}, {"bad": 2}, 3]', '{"a": {"bad": 1}}'):
    try:
        print(json.loads(text, object_hook=failing))
    except ValueError as e:
        print("ValueError", e)
print(json.loads('[{"ok": 1}, {"fine": [2, {"x": 3}]}]', object_hook=failing))

# Keys: escaped, long, wide, empty, near collisions of the memo; the same
# key read again gives an equal str.
keys = ["", "a", "b", "ab", "ba", "abc", "acb", "bca", "k" * 12, "k" * 13, "é", "\u20ac", "x\u00e9y",
        "tab\tkey", "quote\"key", "slash\\key", "\U0001f600", "line\nbreak", "k" * 40]
text = json.dumps({k: i for i, k in enumerate(keys)}, ensure_ascii=False)
print(json.loads(text) == {k: i for i, k in enumerate(keys)}, list(json.loads(text)) == keys)
text = json.dumps({k: i for i, k in enumerate(keys)})
print(json.loads(text) == {k: i for i, k in enumerate(keys)}, list(json.loads(text)) == keys)
print([json.loads('{"%s": 1}' % ("q%d" % i * (i % 4 + 1))) for i in range(20)][-3:])
for i in range(3000):
    k = "key%d" % (i * 7919 % 5000)
    if list(json.loads('{"%s": %d}' % (k, i))) != [k]:
        print("wrong key", k)
print(json.loads('{"\\u0041b": 1, "Ab": 2}'))
print(json.loads('{"a\u0000b": 1}', strict=False), end=" ")
try:
    json.loads('{"a\u0000b": 1}')
except json.JSONDecodeError as e:
    print(e)
for bad in ('{"abc', '{"abc": 1, "de', '{"a": 1, "b" 2}', '[1, 2', '{"a": [1, {"b": }]}'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
print(json.loads('\n {"a": [1, 2]} \n\t'))
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": [1, 2]} tail', 0), decoder.scan_once('  [3, {"b": 4}]x', 2))
