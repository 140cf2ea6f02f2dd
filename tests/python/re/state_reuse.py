# A compiled pattern keeps one idle matching state for its next call
# (stdlib/sre_pattern.ts takeState/releaseState). Calls that run Python code
# while they hold it (sub's callable, __index__ of pos/maxsplit) may call the
# same pattern again: each call must see its own state.
import re

WORD = re.compile(r"(\w)(\w*)")


def nested(m):
    inner = WORD.sub(lambda n: n.group(2) + n.group(1), m.group(0) + " xy")
    return "[" + inner + "|" + str(WORD.findall(m.group(0))) + "]"


print(WORD.sub(nested, "hello big world"))
print(WORD.subn(lambda m: str(WORD.match(m.group(0)[::-1]).span(2)), "ab cde f"))


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        # Runs between taking a state and matching with it.
        print("index", WORD.findall("p q"), WORD.search("  rs").groups())
        return self.value


print(WORD.findall("one two three", Index(2)))
print(WORD.split("one two three", Index(1)))
print(WORD.search("one two", Index(3), Index(6)))
print(WORD.sub("-", "one two three", Index(2)))

# Matches stay valid after later calls reuse the state.
first = WORD.match("alpha")
second = WORD.match("beta")
third = WORD.fullmatch("gamma!")
print(first.groups(), first.span(2), second.groups(), third, first.string, second.string)
print([m.groups() for m in [WORD.search("  x"), WORD.search("--"), WORD.search("yz")] if m])

# A scanner keeps its own state while the pattern is used elsewhere.
scanner = WORD.scanner("aa bb cc")
print(scanner.search().group(), WORD.match("zz").group(), scanner.search().group(),
      WORD.findall("q r"), scanner.search().group(), scanner.search())
it = WORD.finditer("m n o")
print(next(it).group(), WORD.sub("_", "m n"), [m.group() for m in it])

# An error while a state is held leaves the pattern usable.
try:
    WORD.sub(lambda m: 1 / 0, "abc")
except ZeroDivisionError as error:
    print("error", error)
try:
    WORD.search(b"bytes")
except TypeError as error:
    print("error", error)
print(WORD.sub(lambda m: m.group(2), "abc de"), WORD.search("x").groups())

# Groups that took part in one match must not leak into the next.
OPT = re.compile(r"(a)?(b)?c")
print([(m.groups(), m.lastindex, m.span(1)) for m in map(OPT.search, ["abc", "c", "bc", "ac"])])
print(OPT.findall("abc c bc ac"), OPT.split("xabcyc"))
