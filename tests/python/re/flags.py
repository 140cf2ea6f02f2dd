# MULTILINE, DOTALL, VERBOSE, ASCII and UNICODE classes, inline flags, the
# RegexFlag values, and flag combinations that are refused.
import re

text = "first line\nsecond line\n\nlast"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.findall(r"^$", text, re.M), re.findall(r"(?m)^.*$", text))
print(re.findall(r"\A\w+|\w+\Z", text, re.M))
print(re.split(r"(?m)^", "a\nb\nc"))
print(re.findall(r"line.", text), re.findall(r"line.", text, re.S))
print(re.match(r".+", text, re.S | re.M).end(), re.match(r"(?s:.)+", "a\nb").group())
print(re.findall(r"(?ms)^l.*?e$", text))

# VERBOSE: whitespace and comments are ignored except in classes and escapes.
number = re.compile(r"""
    [-+]?           # sign
    (?: \d+ \.? \d*  # integer part, optional fraction
      | \. \d+ )     # or just a fraction
    (?: [eE] [-+]? \d+ )?   # exponent
""", re.X)
print([m.group() for m in number.finditer("1 -2.5 +.5e10 3e-2 x")])
print(re.findall(r"(?x) a [ ] b \  c \# d # comment", "a b c#d a  b"))
print(re.findall(r"""(?x)
    (\d+)   # digits
    \s*
    ([a-z]+)  # letters
""", "12 ab 3cd"))
print(re.match(r"(?x)a{1, 2}", "a{1, 2}") , re.match(r"(?x) a {1,2}", "aa"))

# \d \w \s \b under Unicode (the default for str) and ASCII.
s = "abc é ñ 123 ٣٤ ①② _x\u00a0\u2003y"
for flags in (0, re.A, re.U):
    print(flags, re.findall(r"\w+", s, flags), re.findall(r"\d", s, flags),
          [hex(ord(c)) for c in re.findall(r"\s", s, flags)])
print(re.findall(r"\bé\b", "é éa aé"), re.findall(r"(?a)\bé\b", "é éa aé"))
print(re.findall(r"[\w]+", "é_1", re.A), re.findall(r"[^\W\d]+", "é_1x"))
print(re.findall(r"\S+", "a\u3000b\u0085c\x1cd"))

# Inline flags: global at the start, scoped groups, and turning flags off.
print(re.findall(r"(?i)a", "aA"), re.findall(r"(?i:a)A", "aA AA"))
print(re.findall(r"(?s:a.)b.", "a\nb\n a\nbx"))
print(re.findall(r"(?m:^x)|^y", "x\ny\nx"))
print(re.compile(r"(?imsx)a").flags & (re.I | re.M | re.S | re.X))
print(re.compile(r"(?a)\w").flags & re.A, re.compile(r"\w").flags & re.U)
print(re.compile(rb"(?L)\w").flags & re.L, re.compile(rb"\w").flags & re.U)

# RegexFlag values and their combinations.
print(re.I, re.M | re.S, re.X, re.A | re.I, re.NOFLAG, int(re.I | re.M | re.S))
print(repr(re.I | re.M), str(re.I), re.IGNORECASE is re.I, re.RegexFlag(2))
print(re.compile("x", re.I | re.M).flags == (re.I | re.M | re.U))

# Refused combinations and misplaced flags.
for pattern, flags in [("x", re.A | re.U), (b"x", re.U), ("x", re.L), (b"x", re.A | re.L),
                       ("(?au)x", 0), ("(?L)x", 0), ("a(?i)b", 0), ("(?i-i:a)", 0),
                       ("(?x-x)a", 0), ("(?z)a", 0)]:
    try:
        re.compile(pattern, flags)
        print("compiled", pattern, flags)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
