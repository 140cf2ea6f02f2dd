# Patterns used more than a few times are compiled to JavaScript
# (stdlib/sre_codegen.ts) when they hold only literals, classes, groups,
# alternations, single-character repeats, optional groups, lookarounds and
# group references. Each pattern here is used
# enough times first; the printed results then come from the compiled
# matcher: groups, lastindex/lastgroup after backtracking out of groups,
# greedy/lazy/possessive repeats and their tails, fullmatch and the
# must-advance rule, INFO's minimum length, str/bytes/wide subjects.
import re

PATTERNS = [
    r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (.*)$",
    r"(\w+)=(\"[^\"]*\"|\S+)", r"(?P<a>a)|(?P<b>ab)|(?P<c>abc)d", r"(a|ab)(c|bcd)(d*)",
    r"(a+)(a*?)(b?)", r"(x)?(y)?z", r"(?:(a)|b)+c", r"((a)|(b))*?c", r"a++b|a+", r"(a)*+a",
    r"\b(\w+?)(\d*)\b", r"(?i)(k+)(\u212a)?", r"(?m)^(\w*)$", r"(?s)(.+?)(\n|$)",
    r"[^\W\d]+|\d+", r"(?a)\w+\s*", r"x{2,4}?y", r"(\w{3,})\W{0,2}", r"(a|)(b|)(c|)",
    r"\Bb+", r"\A(a)\Z|(b)", r"(?:(a)x|a)y?", r"(a)x|(a)", r"(?:(a)|(b))(?:(c)x|c)",
    r"a*(b)c|a*b", r"a*?(b)c|a*?b", r"(a)++(b)c|a+b",
    r"-?\d+(?:\.(\d+))?", r"(a)?(b)??c", r"(?:(a)|b)?(a)", r"(x(y)?)?z", r"(a?)??b",
    r"(?:a(b))??\w", r"(?:(\w)c)?\w", r"(?:(a)b){1,1}?c", r"(?:a(b)){1}x|c",
    r"(?<=\$)\d+(?=\.)", r"(?<!-)\b\d+", r"(\w)\1", r"(?i)(a)\1", r"(<)?\w+(?(1)>)",
    r"(?=(\w+))\1x?", r"(?!(a)b)(\w)", r"(?<=(a))b|(?<!a)(b)",
    r"(?>a|ab)c|(?>(a+))b", r"(?>(\w+?))\d", r"x(?>(y)|z)?", r"(\d)(?:\.(\d))?(?:e(\d))?", r"[\U0001f600-\U0001f64f]+(.)",
]
SUBJECTS = [
    "2026-01-02 03:04:05 [INFO] rest of line",
    "user=u5 msg=\"hello world\" x= =y \"q\"",
    "abcd abd ab a", "abcdd abcd", "aaab aab b", "xyz yz z xz", "abac bbac c",
    "aaab aaa ab", "word42 43 w x9", "kK\u212a k\u212a", "one\n\ntwo\n", "ab\ncd\n",
    "caf\u00e9 123 \u0663\u0664", "a \u00e9 b  ", "xxy xxxxy xy", "abc!! de?",
    "", "bb ab", "a", "c  ", "x  ", "$12.5 -3 44.", "<ab> <cd ef> aA", "1.2e3 4 5.6", "\U0001f600\U0001f601x \U0001f602",
]

for pattern in PATTERNS:
    r = re.compile(pattern)
    for _ in range(25):
        for subject in SUBJECTS:
            r.search(subject)
            r.match(subject)
    for subject in SUBJECTS:
        m = r.search(subject)
        found = [(m.span(), m.groups(), m.lastindex, m.lastgroup) for m in r.finditer(subject)]
        full = r.fullmatch(subject)
        print(ascii(pattern), ascii(subject),
              None if m is None else (m.span(), m.groups(), m.lastindex, m.lastgroup),
              ascii(found), None if full is None else full.groups(),
              ascii(r.findall(subject)), ascii(r.sub("#", subject)), ascii(r.split(subject)),
              r.match(subject, 1, 4) is None, r.match(subject) and r.match(subject).span())

# Bytes subjects, and a pattern whose minimum length exceeds short subjects.
for pattern in [rb"(\w+)=(\S*)", rb"(?i)(K+)(\xe9)?", rb"(a|b)(\d{3,})"]:
    r = re.compile(pattern)
    for _ in range(600):
        r.search(b"kK a=b \xe9")
    for subject in [b"k=v a= =c", b"kK\xe9 K", b"a123 b12 b1234", b"a1", bytearray(b"b999")]:
        print(pattern, subject, r.findall(subject), r.search(subject), r.fullmatch(subject))
