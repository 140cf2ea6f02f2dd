import keyword
for w in ["if", "x", "_", "__x", "1a", "a1", "é", "\u0e01", "a-b", "", " a", "class", "match", "case", "_1", "℘", "℮", "·", "a·b", "\u1885"]:
    print(repr(w), w.isidentifier(), keyword.iskeyword(w), keyword.issoftkeyword(w))
for s in ["123", "١٢٣", "½", "²", "Ⅷ", "〇", "𝟘", "①", "⑴", "⒈", "🄂", "३", "十", "𒐀", "ⅵ", "-1", "1.5", " 1", "１２"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in [" ", "\t", "\x1c", "\x85", "\xa0", "\u1680", "\u180e", "\u2000", "\u200b", "\u2028", "\u202f", "\u205f", "\u3000", "\ufeff", ""]:
    print(ascii(s), s.isspace(), s.isprintable(), len(s.split()), len(s.strip()))
print("ABC".isupper(), "ABC1".isupper(), "1".isupper(), "Ab".isupper(), "ǅ".isupper(), "ᾈ".isupper(), "ᾀ".islower(), "ᾈ".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "Hello  World!".istitle(), "1st Place".istitle(), "Élan Vital".istitle())
