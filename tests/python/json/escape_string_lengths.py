# json.dumps writes a short str through its escape writer directly and tests
# a long one for escapes first: strs on both sides of that length (and of
# the document buffer's growth), with the character that needs an escape
# (or is only quoted) at the start, the middle and the end, through the
# one-shot encoder, the indent encoder and sort_keys, both ensure_ascii modes.
import json

specials = ["", '"', "\\", "\n", "\x7f", "\u00e9", "\u4e2d", "\U0001f600", "\x00"]
for length in (0, 1, 2, 63, 64, 255, 256, 257, 258, 1000, 5000):
    for special in specials:
        body = ("abc/xyz " * (length // 8 + 1))[:length]
        for text in (special + body, body + special, body[: length // 2] + special + body[length // 2:]):
            for ascii_only in (True, False):
                compact = json.dumps([text, {text: text}], ensure_ascii=ascii_only, separators=(",", ":"))
                pretty = json.dumps({text: [text]}, ensure_ascii=ascii_only, indent=2, sort_keys=True)
                assert json.loads(compact) == [text, {text: text}]
                assert json.loads(pretty) == {text: [text]}
                print(length, ascii(special), ascii_only, len(compact), len(pretty),
                      ascii(compact[:12]), ascii(compact[-12:]), hash(compact) == hash(json.loads(json.dumps(compact))))

# Many strs in one document: the buffer grows while they are written.
doc = ["\u00e9t\u00e9 \"q\" %d" % i if i % 3 else "x" * (i % 300) for i in range(3000)]
for ascii_only in (True, False):
    out = json.dumps(doc, ensure_ascii=ascii_only)
    print(ascii_only, len(out), ascii(out[:40]), ascii(out[-40:]), json.loads(out) == doc)
    out = json.dumps({"k%d" % i: v for i, v in enumerate(doc)}, ensure_ascii=ascii_only, indent=1)
    print(ascii_only, len(out), ascii(out[-40:]))
