# String escaping of json.dumps (both ensure_ascii modes, keys and values,
# one-shot encoder and indent), and of encode_basestring(_ascii) called
# directly: every ASCII control, DEL, quote, backslash, BMP characters,
# astral characters, lone surrogates, long strings.
import json
from json.encoder import encode_basestring, encode_basestring_ascii

samples = ["", "plain", "\u00e9t\u00e9 \"quoted\"", "tab\there\nnew\rret\bback\fform",
           "".join(chr(c) for c in range(0x20)) + "\x7f", "back\\slash/solidus",
           "\u4e2d\u6587 \u0100 \uffff \ufeff", "\U0001f600 astral", "lone \ud800 surrogate",
           "\udc00\ud800", "x" * 5000 + "\u00e9" * 3000 + '"' * 10]
for s in samples:
    for ascii_only in (True, False):
        out = json.dumps([s, {s: s}], ensure_ascii=ascii_only)
        pretty = json.dumps({s: [s]}, ensure_ascii=ascii_only, indent=1, sort_keys=True)
        print(ascii_only, len(out), ascii(out[:120]), ascii(out[-60:]), len(pretty), ascii(pretty[-40:]))
        assert json.loads(out) == [s, {s: s}]
    print(ascii(encode_basestring_ascii(s)[:100]), ascii(encode_basestring(s)[:100]))
class S(str):
    pass
print(encode_basestring_ascii(S("\u00e9\n")), encode_basestring(S("\u00e9\n")), json.dumps(S("a\u00e9")))
for bad in (None, b"x", 1):
    try:
        encode_basestring_ascii(bad)
    except TypeError as error:
        print("TypeError", error)
