# ASCII fast paths of capitalize, title and swapcase next to the general path.
cases = ["", "a", "A", "hello world", "HELLO wORLD", "they're bill's friends", "123abc DEF",
         "a1b2 c3D4", "x_y-z.w:v", "  lead", "mIxEd\tTabs\nLines", "@[`{",
         "ß straße", "ΣΑΣ", "ǅemal", "ﬁne", "hello \U0001f600 world", "\ud800x"]
for c in cases:
    print(repr(c), repr(c.capitalize()), repr(c.title()), repr(c.swapcase()),
          repr(c.upper()), repr(c.lower()), repr(c.casefold()))
class S(str):
    def title(self):
        return "overridden"
s = S("abc def")
print(s.title(), s.capitalize(), type(s.capitalize()).__name__, s.swapcase(),
      type(s.swapcase()).__name__, str.title(s), type(str.title(s)).__name__)
long = "the quick Brown FOX, jumps. " * 1000
print(len(long.title()), long.title()[:60], long.swapcase()[-30:], long.capitalize()[:30])
try:
    str.title(5)
except TypeError as e:
    print(e)
try:
    "a".capitalize(1)
except TypeError as e:
    print(e)
