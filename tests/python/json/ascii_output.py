# An encoded document whose units are all ASCII is turned into a str by a
# fast copy; anything past ASCII written by any path (separators, indent,
# strs quoted without escapes, escapes, a Python str encoder) must keep the
# document's text exact, at lengths on both sides of the fast paths' limits.
import json

for n in (5, 20, 70, 400, 3000):
    items = list(range(n))
    words = ["w%d" % i for i in range(n)]
    cases = [
        json.dumps(items, separators=("\u3001", ":")),
        json.dumps(dict(zip(words, items)), separators=(",", "\u2192")),
        json.dumps(items, indent="\u00b7"),
        json.dumps(items, indent="\U0001f600"),
        json.dumps(words + ["\u00e9t\u00e9"], ensure_ascii=False),
        json.dumps(words + ["\u00e9t\u00e9\n"], ensure_ascii=False),
        json.dumps(words + ["\u00e9t\u00e9"]),
        json.dumps(words + ["\U0001f600"], ensure_ascii=False),
        json.dumps(dict(zip(words, items)), ensure_ascii=False, sort_keys=True),
        json.JSONEncoder(separators=("\u00a0,", ":")).encode(items),
    ]
    for text in cases:
        print(n, len(text), text[:40], text[-40:], ascii(text[len(text) // 2:len(text) // 2 + 30]))
    print(json.loads(cases[0].replace("\u3001", ",")) == items)
