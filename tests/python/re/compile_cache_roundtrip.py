# The same pattern compiled again after re.purge() (Taipan may then read its
# code back from the compiled-code cache): every Pattern attribute and match
# must be what the first compile gave, warnings included.
import re
import warnings

PATTERNS = [
    (r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?", 0),
    (r"(?P<year>\d{4})-(?P<mon>\d\d)(?:x(?P<z>.))?", re.I),
    (r"(?P<b>x)(?P<a>y)(?P=b)", 0),
    (b"(?i)ab[c-f]+", 0),
    (b"(?P<w>\\w+)\\s", re.L),
    (r"[[a]", 0),
    (r"[a--b]", 0),
    ("caf\u00e9|\U0001F600+", re.IGNORECASE),
    ("", 0),
    (r"(?x) a b # c", re.M | re.S),
    (r"\s*[\]}]", re.A),
    (r"(?s:.)(?m:^x$)", 0),
    ("\ud800x", 0),
    (r"(unclosed", 0),
]
SUBJECTS = ["x2023-11aaa 12.5e3 café xyx \U0001F600 ]", b"xABCDEFab word ", "\ud800x"]


def describe(pattern, flags):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compiled = re.compile(pattern, flags)
        except re.error as error:
            return ("error", str(error), [str(w.message) for w in caught])
    found = []
    for subject in SUBJECTS:
        if isinstance(subject, str) != isinstance(pattern, str):
            continue
        match = compiled.search(subject)
        found.append(match and (match.span(), match.groups(), match.groupdict(), match.lastgroup))
    return (
        repr(compiled), compiled.flags, compiled.groups, dict(compiled.groupindex),
        found, [str(w.message) for w in caught], type(compiled).__name__,
    )


for pattern, flags in PATTERNS:
    first = describe(pattern, flags)
    for _ in range(2):
        re.purge()
        again = describe(pattern, flags)
        if again != first:
            print("DIFFERENT", pattern, again)
    print(first)
print(re.compile("a").pattern, re.compile(re.compile("(a)")).groups)
