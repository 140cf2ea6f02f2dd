# Shortcuts of the engine's single-character repeats (stdlib/sre_engine.ts,
# stdlib/sre_single.ts): a repeat with nothing after it takes its longest
# count at once (fullmatch and the must-advance rule of findall/sub/split
# decide then), and [^x]* / .* on a str scan with indexOf, which must
# respect endpos, bounded counts and characters from the astral planes.
import re

for pattern in [r"\w*", r"\w+", r"a{2,3}", r"a{0,2}", r"a*?", r"\d*", r"(?:x|\w*)",
                r"(?=\w*)", r"(?>\w*)", r"(?:\w*)++", r"\w*+", r"(\w*)", r"[^,]*"]:
    r = re.compile(pattern)
    for subject in ["", "abc", "ab cd", "aaaa", "a,b,,c", ",x"]:
        print(repr(pattern), repr(subject), r.findall(subject), r.sub("-", subject),
              r.split(subject), r.fullmatch(subject), r.match(subject),
              [m.span() for m in r.finditer(subject, 1)],
              r.fullmatch(subject, 0, max(0, len(subject) - 1)))

WIDE = "a\U0001f600b\"c\"\n\U0001f600\ud800x"
for pattern in [r"[^\"]*", r"\"[^\"]*\"", r".*", r"(?s).*", r"[^\U0001f600]*", r"[^\ud800]*",
                r"[^a]{0,2}", r".{1,3}", r".*?\n", r"[^\n]+$", r"(?m)[^\n]+$", r"x[^x]*"]:
    r = re.compile(pattern)
    for subject in ["say \"hi\" now", "no quote", "line\nnext\n", "", "xxaxx", WIDE,
                    "ab\ud800cd\"e"]:
        print(repr(pattern), ascii(subject), ascii(r.findall(subject)),
              ascii(r.search(subject, 1, 5)), ascii(r.match(subject, 2)),
              ascii(r.sub("#", subject)))
