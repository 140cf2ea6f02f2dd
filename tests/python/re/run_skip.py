# The search skips the starts inside a run of the pattern's leading repeat
# after a failed attempt (stdlib/sre_plan.ts, "run skip"). These cases probe
# its conditions: bounded repeats whose run is longer than max, ATs before
# the repeat that fail at one start and hold at the next, lazy and
# possessive repeats, min 0, group references (no skip), empty matches in
# findall/sub/split, pos/endpos, and runs that reach the end.
import re

PATTERNS = [
    r"\w+@", r"[\w.+-]+@[\w-]+\.[\w.]+", r"\d{1,3}\.", r"(\d{1,3})\.(\d{1,3})", r"\d{2,3}x",
    r"\b\d{1,3}\b", r"\B\w+!", r"(?m)^\w+:", r"\w*?!", r"\w++!", r"a*b", r"a{0,2}b",
    r"(\w+)=(\"[^\"]*\"|\S+)", r"(\w)\w*\1", r"(\w+)x\1", r"(?i)(\w+) \1\b", r"(a)?\w+(?(1)!|\?)", r"\w+(?<=c)d",
    r"\w+(?=!)", r"\w*", r"\d*x?", r"(?:\w)+!", r"\s+\w", r"[^,]+,$", r"\w{3}!",
    r"(?s).{2}z", r"[a-c]+?d", r"\w+?\W\w",
]

SUBJECTS = [
    "ab@ cd user5@example.org x@y.z", "1234.5.67.890 12.3 1.2.3.4.", "abcd! abc! ab?",
    "aaab aab ab b aaaab", "line: one\nnext: two\nlast", "x=\"a b\" y=z =q",
    "abca xyzx", "", "!!!", "abcdd cd", "\u00e9\u00e9\u00e9@\u0101 \u0663\u0663.",
    "a,b,c,", "xyzz", "aaad abd", "abxb cdxcd", "the The cat Cat",
]

for pattern in PATTERNS:
    r = re.compile(pattern)
    for subject in SUBJECTS:
        m = r.search(subject)
        print(repr(pattern), ascii(subject),
              None if m is None else (m.span(), m.groups()),
              ascii(r.findall(subject)), ascii(r.sub("#", subject)),
              [m.span() for m in r.finditer(subject, 1, len(subject) - 1)])

# Long runs: one per line, so that the skip matters.
text = ("word " * 50 + "tail@host.org ") * 3 + "9" * 40 + ".1 " + "a" * 30 + "!"
for pattern in [r"\w+@\w+\.\w+", r"\d{1,3}\.\d", r"\w{1,5}!", r"\w+!", r"[a-z]{4}\s+t"]:
    print(pattern, re.findall(pattern, text)[:5], re.search(pattern, text).span())
