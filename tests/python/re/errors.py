# re.error from the parser (message, pattern, pos, lineno, colno) and the
# errors the engine's entry points raise.
import re

bad_patterns = [
    "(", ")", "a)", "(?", "(?P", "(?P<", "(?P<a", "(?<a>x)", "(?P<a>", "[", "[a", "[a-",
    "[b-a]", "[\\d-z]", "a{", "a{1", "a{1,", "x{2,1}", "*", "+a", "a**", "a*+?", "(?<=a*)",
    "(?#unterminated", "\\", "\\q", "\\x1", "\\u12", "\\U0011ffff", "\\N{NOPE}", "\\N",
    "(?(1)a|b)", "(?(x)a)", "(a)(?(1)a|b|c)", "(?(-1)a)", "(?iz)", "(?i", "(?-)", "(?i-:a)",
    "(?x)a#comment\n(", "a\n(?P<1>b)", "(?P=)", "(?P>x)", "a|*", "(?<!a{1,2})",
    "(?a)(?u)x", "\\8", "(a)\\2", "x{99999999999}", "[\\B]", "\\ä", "(?P<a>)(?P<a>)",
]
for pattern in bad_patterns:
    try:
        re.compile(pattern)
        print("compiled", repr(pattern))
    except re.error as e:
        print(repr(pattern), "->", e, "| msg=%r pos=%r line=%r col=%r" % (e.msg, e.pos, e.lineno, e.colno))
        print("   ", e.pattern is pattern, type(e).__name__, isinstance(e, Exception))
    except (OverflowError, ValueError) as e:
        print(repr(pattern), "->", type(e).__name__, e)

# Multi-line patterns report line and column.
try:
    re.compile("abc\ndef\n  (gh", re.X)
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.compile(b"a\n[b")
except re.error as e:
    print(e, e.lineno, e.colno, e.pattern)

# re.error can be raised and caught like any exception.
try:
    raise re.error("custom", "pat", 2)
except re.error as e:
    print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(re.error("plain"), re.error("plain").pos, re.error.__mro__[1].__name__)

# Subjects and arguments of the wrong type.
p = re.compile(r"a")
for call in [lambda: p.match(None), lambda: p.search(42), lambda: p.findall(object()),
             lambda: p.sub("x", 3), lambda: p.split(["a"]), lambda: p.finditer(1.0),
             lambda: p.fullmatch(b"a"), lambda: p.scanner(bytearray(b"a")),
             lambda: re.compile(rb"a").match("a"), lambda: p.sub(1, "a"),
             lambda: p.sub(None, "a"), lambda: re.match(None, "a"), lambda: re.compile(["a"])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
