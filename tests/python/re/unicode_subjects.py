# Subjects and patterns beyond the BMP and with lone surrogates: positions
# count code points, and groups, spans and slices stay right.
import re

s = "a😀b😀😀c\U0001F9E1d"
print(len(s), re.search(r"b", s).span(), re.findall(r"😀+", s), re.search(r"c.", s).group())
print([m.span() for m in re.finditer(r".", s)][:5], re.split(r"😀", s))
print(re.sub(r"😀", "<>", s), re.sub(r"[😀\U0001F9E1]", "*", s), re.subn(r".", "", s)[1])
print(re.match(r"(.)(.)(.)", s).groups(), re.fullmatch(r"a.b..c.d", s) is not None)
print(re.search(r"[\U0001F600-\U0001F64F]+", s).span(), re.findall(r"[^\w]", s))
print(re.search(r"(?<=😀)c", s).span(), re.search(r"😀(?=c)", s).span())
print(re.search(r"😀{2}", s).span(), re.findall(r"\W", s), re.findall(r"\b\w\b", s))
print(re.compile(r"😀").search(s, 2).span(), re.compile(r"\w").findall(s, 1, 5))
m = re.search(r"(😀+)(c)", s)
print(m.span(1), m.span(2), m.group(1), m.regs, m)

# Astral letters, digits and case folding.
print(re.findall(r"\w+", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 𐐷"), re.findall(r"\d+", "𝟙𝟚𝟛 ４２ 𑁦"))
print(re.findall(r"(?i)𐐀", "𐐨𐐀"), re.findall(r"(?i)[𐐀-𐐏]", "𐐨𐐀𐐷"), re.findall(r"(?i)𐐨+", "𐐀𐐨𐐀"))

# Lone surrogates are code points of their own; a pair of them is not an astral character.
lone = "x\ud800y\udc00z"
print(len(lone), re.findall(r"[\ud800-\udfff]", lone) == ["\ud800", "\udc00"])
print(re.sub(r"[\ud800-\udfff]", "?", lone), re.search(r"y.z", lone).span())
pair = "\ud83d\ude00"
print(len(pair), re.fullmatch(r"..", pair) is not None, re.fullmatch(r"😀", pair))
print(re.findall(r"\ud83d", pair + "😀") == ["\ud83d"], re.split(r"\ude00", pair) == ["\ud83d", ""])

# Wide patterns against narrow subjects and the other way round.
print(re.search(r"é|😀", "café"), re.search(r"[😀]", "plain"), re.search("a", "😀a").span())
print(re.findall(r"(?i)É", "éÉ😀"), re.search(r"\N{GRINNING FACE}", "x😀").span())
print(re.escape("😀.x"), re.match(re.escape("😀.x"), "😀.x").span())
