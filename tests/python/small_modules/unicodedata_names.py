# unicodedata.name and lookup: listed names, Hangul, CJK, aliases, named sequences.
import unicodedata

for cp in [0x20, 0x41, 0xE9, 0x3A9, 0x1F600, 0xAC00, 0xAC01, 0xD7A3, 0x4E00, 0x9FFF, 0x20000,
           0x2A6DF, 0x3134A, 0xF900, 0x18B00, 0x1B170, 0xFEFF]:
    name = unicodedata.name(chr(cp))
    print(f"{cp:X}", name, unicodedata.lookup(name) == chr(cp))

for cp in [0x00, 0x7F, 0x9F, 0xD800, 0xE000, 0x378, 0x17000, 0x31350, 0x10FFFF]:
    print(f"{cp:X}", unicodedata.name(chr(cp), "<none>"))
    try:
        unicodedata.name(chr(cp))
    except ValueError as e:
        print("  ValueError:", e)

for name in ["LATIN SMALL LETTER A", "latin small letter a", "NULL", "BYTE ORDER MARK", "BOM",
             "EM DASH", "LATIN CAPITAL LETTER GHA", "HANGUL SYLLABLE GAG", "hangul syllable gag",
             "CJK UNIFIED IDEOGRAPH-4E00", "cjk unified ideograph-4e00", "TANGUT IDEOGRAPH-17000",
             "LATIN SMALL LETTER R WITH TILDE", "KEYCAP NUMBER SIGN", "no such thing", "x" * 300,
             b"SNOWMAN"]:
    try:
        print(ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
try:
    unicodedata.lookup(5)
except TypeError as e:
    print("TypeError", e)

old = unicodedata.ucd_3_2_0
for name in ["LATIN SMALL LETTER A", "GRINNING FACE", "BOM", "LATIN SMALL LETTER R WITH TILDE"]:
    try:
        print(ascii(old.lookup(name)))
    except KeyError as e:
        print("3.2.0 KeyError", e)
print(old.name("\u0221", "unassigned in 3.2.0"), unicodedata.name("\u0221"))

# Every name in a sample round-trips through lookup.
missing = 0
for cp in range(0, 0x30000, 3):
    name = unicodedata.name(chr(cp), None)
    if name is not None and unicodedata.lookup(name) != chr(cp):
        missing += 1
print("round trip failures:", missing)
