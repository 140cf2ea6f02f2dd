# The engine skips positions and attempts where a match cannot start
# (stdlib/sre_plan.ts: start sets and per-opcode tables below 256). These
# cases sit on the edges of that reasoning: optional and empty starts,
# zero-width items before the first character, characters from 256 up,
# case folding across the 256 boundary, bytes and wide subjects.
import re


def show(pattern, subject, flags=0):
    r = re.compile(pattern, flags)
    found = []
    for m in r.finditer(subject):
        found.append((m.span(), m.groups(), m.lastindex))
    s = r.search(subject)
    print(repr(pattern), ascii(subject), found,
          None if s is None else (s.span(), s.lastindex),
          ascii(r.sub("<\\g<0>>", subject)), ascii(r.split(subject)))


SUBJECTS = [
    "", "a", "-12.5 x-3 --4", "ab ab_ c\u0101 \u212a K k \u017f s S",
    "\u00e9t\u00e9 \u00b2 \u0663\u0664 x\U0001f600y \U00010400\U00010428",
    "key=\"v 1\" k2=v2 =x", "<a><b>c</b>",
]

PATTERNS = [
    r"-?\d+(?:\.\d+)?", r"x*", r"(?:a|)b", r"(?=a)\w+", r"(?<=a)b", r"(?!a)\w\w",
    r"^\w", r"\b\w", r"(a)|b|(c)", r"(?:ab)*c", r"(?:ab)+_?", r"(?>a|ab)", r"a++b?",
    r"(\w)\1", r"(a)?(?(1)b|c)", r"[^a-z ]+", r"\W+", r"\d+|\s", r"\S+?\s",
    r"[\u0100-\u0101\u212a]", r"k", r"[k-l]", r"s", r"\u212a", r"\U0001f600",
    r".", r"(?s:.)", r"\D\d", r"[\w.+-]+@", r"(\w+)=(\"[^\"]*\"|\S+)", r"<.*?>",
    r"<(.*?)>(.*?)</\1>", r"a.*?c|b", r"(?:x|y)??\w", r"[0-9]{2,}?\d",
]

for subject in SUBJECTS:
    for pattern in PATTERNS:
        show(pattern, subject)
    for pattern in [r"k", r"[a-z]+", r"s\w", r"[^k]", r"\w+", r"\u212a", r"[\u0100-\u0101]"]:
        show(pattern, subject, re.IGNORECASE)
        show(pattern, subject, re.IGNORECASE | re.ASCII)

# Bytes subjects: characters 128..255 are not word characters, LOCALE folds ASCII only.
for pattern, flags in [(rb"\w+", 0), (rb"[\x80-\xff]+", 0), (rb"[a-z]+", re.I),
                       (rb"\w+", re.L), (rb"[A-Z]\W", re.L | re.I), (rb"\xe9", re.I)]:
    r = re.compile(pattern, flags)
    subject = b"ab\xe9\xc9 Z! x\x80y"
    print(pattern, flags, r.findall(subject), r.sub(b"_", subject),
          r.findall(bytearray(subject)), r.search(memoryview(subject)))

# Repeats whose tail must start with some character.
for pattern in [r"(\d+)\.(\d+)", r"(\w+)(?:,|;)", r"a*?(b|c)", r"(\w*?)(\d)",
                r"(.*?)(?=x)", r"\w+?(?<=c)d", r"(a+)+b", r"(?:a*?x){2}"]:
    for subject in ["12.34.5", "ab,cd;e", "aaac", "abc12", "zzx", "abcd", "aaab", "axaax"]:
        m = re.search(pattern, subject)
        print(pattern, subject, re.findall(pattern, subject),
              None if m is None else (m.span(), m.groups(), m.lastindex))
