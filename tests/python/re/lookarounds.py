# Lookahead and lookbehind, positive and negative; groups captured inside
# them; lookbehind can see before pos; conditionals on groups.
import re

print(re.findall(r"\w+(?=,)", "a, bb, ccc"))
print(re.findall(r"\w+(?!,|\w)", "a, bb, ccc"))
print(re.findall(r"(?<=\$)\d+", "cost $12 or $345, not 67"))
print(re.findall(r"(?<!\$)\b\d+", "cost $12 or $345, not 67"))
print(re.findall(r"(?<=ab|cd)x", "abx cdx efx"))
print(re.findall(r"(?<=a(?:b|c))x", "abx acx adx"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.findall(r"(?=(a+))a", "aaa"))

# Captures inside a positive lookahead stay; inside a negative one they do not.
m = re.match(r"(?=(a)(b))ab", "ab")
print(m.groups(), m.lastindex)
m = re.match(r"(?!(x))(a)", "a")
print(m.groups(), m.lastindex)
m = re.match(r"(a)(?!(b))", "ac")
print(m.groups())
m = re.search(r"(?<=(a))b", "ab")
print(m.groups(), m.span(1))

# Lookbehind at and before pos, and at the start of the string.
p = re.compile(r"(?<=a)b")
print(p.search("ab", 1), p.match("ab", 1), p.search("b"))
print(re.compile(r"(?<!a)b").search("ab", 1))
print(re.search(r"(?<=^)a", "ba\na"), re.search(r"(?m)(?<=^)a", "ba\na"))
print(re.search(r"(?<=\b)x", "ax x"))

# Lookaround combined with repeats and alternation.
print(re.findall(r"(?:(?!ab).)+", "xxabyyabzz"))
print(re.findall(r"\b(?!un)\w+", "undo redo unto do"))
print(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", "1 2.5 x3 4. 5.6.7 8"))
print(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}", "Passw0rdX"))
print(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}", "password"))
print(re.split(r"(?<=[.!?]) +", "One. Two! Three? Four"))
print(re.findall(r"(?<=(\w))(?=(\w))", "abc"))

# Conditionals: (?(id)yes|no) and (?(name)yes).
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = p.match(s)
    print(s, m and m.groups())
p = re.compile(r"(?P<q>\()?\d+(?(q)\))")
print([m.group() for m in p.finditer("(1) 2 (3 4)")])
print(re.match(r"(a)?(?(1)b|c)", "c"), re.match(r"(a)?(?(1)b|c)", "ab"))
print(re.findall(r"(a)?(?(1)b)", "ab b"))

# Lookbehind needs a fixed width.
for bad in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!a*)b", r"(?<=\1)(a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
