samples = ["hello world", "HELLO", "ǅungla", "straße", "ﬁre ﬂy", "İstanbul", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "ß", "ŉ", "ǰ",
           "ΐ", "ﬀ", "Ⅻ", "ⓐⓑ", "𐐀𐐨", "aBc123_xY", "hello-wORLD it's", "o'neil mc3d", "", "ǈ ǉ Ǉ", "ᾳ ᾼ", "ı i",
           "K Å", "ꭰ", "\u0130", "ﬃ", "Σ", "aΣ", "aΣb", "aΣ.", "Σa", "ΑΣ΄", "1Σ"]
for s in samples:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()), len(s.upper()))
print("ǅ".istitle(), "ǅa".istitle(), "Ab Cd".istitle(), "AB".istitle(), "a".istitle(), "".istitle(), "1A".istitle(),
      "A1b".istitle(), "ᾼ".istitle())
print("ß".isupper(), "ß".islower(), "ǅ".isupper(), "ǅ".islower(), "Σ".isupper(), "ⓐ".islower(), "Ⅻ".isupper(),
      "ʰ".islower(), "123".islower(), "a1".islower(), "ª".islower())
print("ﬁ".upper() == "FI", "straße".casefold() == "STRASSE".casefold(), "ΣΑΣ".lower(), "ΣΑΣ".casefold())
