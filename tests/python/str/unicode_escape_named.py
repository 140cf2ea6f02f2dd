# unicode_escape decodes \N{name} escapes (aliases, Hangul and CJK names too),
# with CPython's errors for malformed, unknown and truncated ones.
import codecs
cases = [b"\\N{LATIN SMALL LETTER A}x", b"\\N{latin small letter a}", b"\\N{NUL}", b"\\N{BYTE ORDER MARK}",
         b"\\N{HANGUL SYLLABLE GA}", b"\\N{CJK UNIFIED IDEOGRAPH-4E00}", b"\\N{NOPE}", b"\\N{}", b"\\N", b"\\Nx",
         b"\\N{LATIN", b"a\\N{LATIN SMALL LETTER A", b"\\N{\xe9}", b"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"]
for data in cases:
    for errors in ("strict", "replace", "backslashreplace", "ignore"):
        try:
            print(repr(data), errors, ascii(codecs.unicode_escape_decode(data, errors)))
        except UnicodeDecodeError as e:
            print(repr(data), errors, "UnicodeDecodeError:", e.start, e.end, e.reason)
    print(ascii(codecs.unicode_escape_decode(data, "strict", False)) if data in (b"\\N", b"\\N{LATIN") else "")
print(ascii(b"\\N{EM DASH}".decode("unicode_escape")), ascii(b"\\N{EM DASH}".decode("raw_unicode_escape")))
