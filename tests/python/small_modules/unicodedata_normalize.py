# Normalization forms on Unicode 14.0 data, is_normalized, and ucd_3_2_0.
import unicodedata

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
CASES = [
    "abc", "caf\u00e9", "cafe\u0301", "\u212b", "\u1e9b\u0323", "\ufb01", "\u00bd",
    "\uac00", "\u1100\u1161\u11a8", "\u1100\u1161", "\uac00\u11a8",
    "a\u0323\u0301", "a\u0301\u0323", "e\u0327\u0301", "o\u031b\u0323",
    "\u0f73", "\u0344", "\u2126", "\uff76\uff9e", "\u3131", "\u00c5\u0301",
    "\u0958", "\U0001d400", "\u03d3", "x\u0334\u0301y", "\u05d0\u05b7\u05bc",
    "\U0001E08F", "\U00011300\U00011367",
]
for s in CASES:
    print(ascii(s), *(ascii(unicodedata.normalize(f, s)) for f in FORMS),
          [unicodedata.is_normalized(f, s) for f in FORMS])

marks = ["\u0301", "\u0300", "\u0327", "\u0323", "\u031b", "\u0308", "\u0345", "\u05b0", "\u0f71"]
bases = ["a", "e", "o", "A", "\u1100", "\uac00", "\u03b1", "\u0915", "\u0b47"]
seed = 1
digest = []
for i in range(400):
    s = ""
    for j in range(4):
        seed = (seed * 1103515245 + 12345) % 2**31
        pool = bases if j == 0 or seed % 3 == 0 else marks
        s += pool[(seed >> 8) % len(pool)]
    digest.append(" ".join(ascii(unicodedata.normalize(f, s)) for f in FORMS))
print(len(set(digest)), digest[:5], digest[-3:])

for f, args in [(unicodedata.normalize, ("XYZ", "a")), (unicodedata.normalize, (1, "a")),
                (unicodedata.normalize, ("NFC", 1)), (unicodedata.is_normalized, ("NFC",)),
                (unicodedata.is_normalized, ("nfc", "a"))]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

old = unicodedata.ucd_3_2_0
for s in ["\U0002f868", "\uf951", "\U0002F91F", "\u1100\u1161", "\u2160\u00bd", "\U0001F600\u0301"]:
    print(ascii(old.normalize("NFKC", s)), ascii(unicodedata.normalize("NFKC", s)))
for cp in [0x0221, 0x1F600, 0x2160, 0x0041, 0x20A9, 0x2F868]:
    c = chr(cp)
    print(f"{cp:X}", old.category(c), old.bidirectional(c) or "''", old.east_asian_width(c),
          old.decomposition(c) or "''", old.numeric(c, None), old.decimal(c, None))
