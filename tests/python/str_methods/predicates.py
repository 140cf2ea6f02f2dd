samples = ["", "abc", "ABC", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", "一", "ǅ", "ⓐ", " ", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f",
           "\x85", "\xa0", "\u2028", "\u200b", "\u3000", "a b", "_", "é", "e\u0301", "𝟘", "𝐀", "٣", "۳", "߃", "০",
           "\U0001f600", "\x00", "\x7f", "abc\x80", "ᐁ", "x_1", "1x", "for", "__init__", "ℵ", "\u00b5", "\u2160",
           "\ufeff", "\u00ad", "\u0378", "\ud800", "\U000e0001", "\u0600", "Ⓐ", "\u2070", "٪"]
for s in samples:
    print(ascii(s), [int(f()) for f in (s.isalpha, s.isalnum, s.isdigit, s.isdecimal, s.isnumeric, s.isspace,
                                        s.isupper, s.islower, s.istitle, s.isidentifier, s.isprintable, s.isascii)])
for c in range(0, 0x3000, 7):
    ch = chr(c)
    flags = (ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isspace(), ch.isprintable(), ch.isupper(), ch.islower())
    if c % 301 == 0:
        print(hex(c), flags)
counts = [0] * 8
for c in range(0x110000):
    if 0xd800 <= c < 0xe000:
        continue
    ch = chr(c)
    for i, f in enumerate((ch.isalpha, ch.isdigit, ch.isdecimal, ch.isnumeric, ch.isspace, ch.isprintable, ch.isupper, ch.islower)):
        if f():
            counts[i] += 1
print(counts)
