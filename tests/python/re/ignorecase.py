# IGNORECASE: ASCII, full Unicode case folding (including the characters
# re/_casefix.py groups: K/k/Kelvin, s/ſ, Σ/σ/ς, ...), sets and ranges,
# and the ASCII flag restricting folding to ASCII. (Ranges whose folded set
# needs a BIGCHARSET, like [a-z] under re.I, are left out until memoryview
# has cast(), which re/_compiler.py uses to build one; sre_module.py tests
# BIGCHARSET matching with hand-written code.)
import re

def find(pattern, text, flags=0):
    print(repr(pattern), [m.group() for m in re.finditer(pattern, text, flags)])

find(r"hello", "Hello HELLO hElLo", re.I)
find(r"[a-c]+", "xABCabcx", re.I)
find(r"[^a-c]+", "xABCabcx", re.I)
find(r"[A-C]", "aC1", re.I)
find(r"[Z-a]", "zA_[", re.I)
find(r"k", "kK\u212a", re.I)
find(r"\u212a", "kK\u212a", re.I)
find(r"[k]", "kK\u212a", re.I)
find(r"s", "sS\u017f", re.I)
find(r"\u017f", "sS\u017f", re.I)
find(r"σ", "σΣς", re.I)
find(r"ς", "σΣς", re.I)
find(r"[σ]", "σΣς", re.I)
find(r"µ", "µΜμ", re.I)
find(r"ß", "ßẞSS", re.I)
find(r"ẞ", "ßẞ", re.I)
find(r"i", "iIİı", re.I)
find(r"İ", "iIİı", re.I)
find(r"ı", "iIİı", re.I)
find(r"ǆ", "ǄǅǆDž", re.I)
find(r"θ", "θΘϑϴ", re.I)
find(r"[à-å]", "ÀÁåÅæ", re.I)
find(r"é+", "éÉÉé", re.I)
find(r"straße", "STRASSE straße STRAẞE", re.I)
find(r"ΣΟΦΙΑ", "σοφια σοφιας", re.I)
find(r"[^x]", "X", re.I)
find(r"[\U00010400-\U0001040f]", "\U00010428\U00010400", re.I)
find(r"\U00010428", "\U00010400\U00010428", re.I)

# ASCII-only folding with re.A; Unicode letters then match only themselves.
find(r"é", "éÉ", re.I | re.A)
find(r"k", "kK\u212a", re.I | re.A)
find(r"[a-z]+", "aBcÉ", re.I | re.A)
find(r"[^a-z]+", "aBcÉ", re.I | re.A)

# Inline and scoped flags.
find(r"(?i)abc", "ABC abc")
find(r"a(?i:b)c", "aBc ABC abC")
find(r"(?i)a(?-i:b)c", "AbC ABC")
find(r"(?i:[a-c])(?-i:[a-c])", "Ab aB AB ab")

# Case-insensitive back references and repeats of folded characters.
print(re.match(r"(?i)([a-c]+)-\1", "Abc-aBC"))
print(re.match(r"(?i)(s+)\1", "sSſS").group())
print(re.fullmatch(r"(?i)k{3}", "kK\u212a"))
print(re.fullmatch(r"(?i)[k]{3}", "kK\u212a"))
print(re.fullmatch(r"(?i)a+?b", "AaAB"))
print(re.search(r"(?i)x*y", "XXxY").span())

# Literal prefixes are searched case-insensitively too.
print(re.search(r"(?i)needle", "hay NEEDLE hay").span())
print(re.search(r"(?i)ab+c", "xxABBBC").span())
print(re.sub(r"(?i)cat", "dog", "Cat CAT cAt"))

# The compile-time helpers.
import _sre
print([_sre.ascii_iscased(c) for c in b"aZ1_\xe9"])
print([_sre.unicode_iscased(ord(c)) for c in "aZ1_éßİǅ\u212a"])
print([chr(_sre.unicode_tolower(ord(c))) for c in "AZİǅ\u212aΣẞ"])
print([chr(_sre.ascii_tolower(ord(c))) for c in "AZaÉ"])
