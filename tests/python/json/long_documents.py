# Documents longer than the encoder's short-text limit: ASCII ones (any
# ensure_ascii output) and ones with non-ASCII characters first, last or in
# the middle, round-tripped and compared as text.
import json

words = ["w%d" % i for i in range(400)]
ascii_doc = json.dumps({"words": words, "n": list(range(300)), "f": [i / 3 for i in range(50)]})
print(len(ascii_doc), ascii_doc[:40], ascii_doc[-40:])
print(json.loads(ascii_doc)["words"][-1], json.loads(ascii_doc)["f"][7])

for where in ("first", "middle", "last"):
    items = ["x" * 30] * 60
    position = {"first": 0, "middle": 30, "last": 59}[where]
    items[position] = "caf\u00e9 \u20ac \U0001f600"
    text = json.dumps(items, ensure_ascii=False)
    print(where, len(text), ascii(text[:12]), ascii(text[-12:]), json.loads(text) == items)
    escaped = json.dumps(items)
    print(where, len(escaped), escaped.isascii(), json.loads(escaped) == items)

# Latin-1 characters only (no unit past 0xff), first, middle or last.
for position in (0, 30, 59):
    items = ["z" * 30] * 60
    items[position] = "\u00e9t\u00e9 \u00ff \x80"
    text = json.dumps(items, ensure_ascii=False)
    print(position, len(text), ascii(text[position * 36:position * 36 + 14]), json.loads(text) == items)

# A document that is ASCII but for one control-free DEL character (kept by
# ensure_ascii=False, escaped by ensure_ascii=True).
doc = json.dumps(["\x7f" + "y" * 2000], ensure_ascii=False)
print(len(doc), ascii(doc[:4]), doc.isascii())
doc = json.dumps(["\x7f" + "y" * 2000])
print(len(doc), doc[:9], doc.isascii())

# Indented and sorted, long enough for the long path, repeated: the same text each time.
records = [{"id": i, "name": "r%d" % i, "tags": ["a", "b"], "v": i * 0.5} for i in range(200)]
first = json.dumps(records, indent=2, sort_keys=True)
print(len(first), all(json.dumps(records, indent=2, sort_keys=True) == first for _ in range(3)))
print(json.loads(first) == records, hash(first) == hash(json.dumps(records, indent=2, sort_keys=True)))

# Medium texts (64 to 1024 units), ASCII or with Latin-1 or wider characters.
for tail in ("", "\u00e9", "\u0100", "\U0001f600"):
    for size in (60, 64, 65, 200, 1023, 1024, 1025):
        items = ["m" * (size - 6) + tail]
        text = json.dumps(items, ensure_ascii=False)
        print(size, ascii(tail), len(text), ascii(text[-6:]), json.loads(text) == items)
