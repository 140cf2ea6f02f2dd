# unicodedata's property functions over varied code points, and their errors.
import unicodedata

SAMPLES = [
    0x00, 0x09, 0x20, 0x30, 0x41, 0x5F, 0x61, 0x7F, 0xA0, 0xAD, 0xB2, 0xBD, 0xC5, 0x130,
    0x1C5, 0x2B0, 0x300, 0x345, 0x378, 0x3A9, 0x5D0, 0x627, 0x663, 0x6F9, 0x903, 0x966,
    0xE31, 0xF71, 0x1100, 0x1161, 0x11A8, 0x1E9B, 0x2028, 0x2029, 0x202E, 0x2070, 0x2126,
    0x2153, 0x2160, 0x2181, 0x2460, 0x2475, 0x3000, 0x3007, 0x3042, 0x3400, 0x4E00, 0x4E94,
    0x9FFF, 0xAC00, 0xD7A3, 0xD800, 0xDFFF, 0xE000, 0xF900, 0xFB01, 0xFE35, 0xFF10, 0xFF21,
    0xFFFD, 0xFFFF, 0x10107, 0x1D400, 0x1D7CE, 0x1F100, 0x1F600, 0x20000, 0x2A6DF, 0x2FA1D,
    0x31350, 0xE0001, 0xF0000, 0x10FFFD, 0x10FFFF,
]

for cp in SAMPLES:
    c = chr(cp)
    print(
        f"{cp:06X}",
        unicodedata.category(c),
        unicodedata.bidirectional(c) or "''",
        unicodedata.combining(c),
        unicodedata.east_asian_width(c),
        unicodedata.mirrored(c),
        repr(unicodedata.decomposition(c)),
        unicodedata.decimal(c, None),
        unicodedata.digit(c, None),
        unicodedata.numeric(c, None),
    )

for f, arg in [
    (unicodedata.decimal, "a"),
    (unicodedata.digit, "\u00bd"),
    (unicodedata.numeric, "a"),
    (unicodedata.category, "ab"),
    (unicodedata.category, ""),
    (unicodedata.bidirectional, 5),
    (unicodedata.decimal, 5),
    (unicodedata.mirrored, None),
]:
    try:
        print(f(arg))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    unicodedata.decimal("1", 2, 3)
except TypeError as e:
    print(e)
print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)

# Counts over every code point agree with Python 3.11's database.
counts = {}
for cp in range(0, 0x110000, 13):
    key = unicodedata.category(chr(cp))
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
total = sum(unicodedata.combining(chr(cp)) for cp in range(0, 0x30000, 7))
widths = {}
for cp in range(0, 0x30000, 11):
    w = unicodedata.east_asian_width(chr(cp))
    widths[w] = widths.get(w, 0) + 1
print(total, sorted(widths.items()))
