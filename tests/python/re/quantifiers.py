# Greedy, lazy and possessive repeats, atomic groups, bounded repeats, and
# repeats whose body can match the empty string.
import re

def show(pattern, text):
    m = re.search(pattern, text)
    print(repr(pattern), repr(text), m and (m.span(), m.groups()))

for quantifier in ["*", "+", "?", "{2}", "{1,3}", "{2,}", "{,2}"]:
    for suffix in ["", "?", "+"]:
        show("a" + quantifier + suffix, "baaaab")
        show("(ab)" + quantifier + suffix, "xababababy")
        show("[ab]" + quantifier + suffix + "b", "aabab")

# Lazy repeats stop as early as the tail allows.
show(r"<.*>", "<a><b>")
show(r"<.*?>", "<a><b>")
show(r"<(.+?)>", "<a><b>")
show(r"a.*?b.*?c", "a1b2b3c4c")
show(r"(a+?)(a*)", "aaa")
show(r"(a{2,4}?)(a*)", "aaaaa")
show(r"(\d+?)(\d{2})$", "12345")

# Possessive repeats and atomic groups never give back what they took.
show(r"a*+a", "aaaa")
show(r"a++b", "aaab")
show(r"(?>a+)a", "aaaa")
show(r"(?>a+)b", "aaab")
show(r"(?>ab|a)c", "ac")
show(r"(?>ab|a)c", "abc")
show(r"(?>a|ab)c", "abc")
show(r"(?:ab|a)c", "abc")
show(r"\d++(?=x)", "123x")
show(r'"(?:[^"\\]++|\\.)*+"', r'say "a \"b\" c" now')
show(r"(?>(a)|b)+c", "abac")
show(r"(a?)++b", "aab")
show(r"(?:a|b)*+c", "ababc")
show(r"x(?>y*)y", "xyyy")
show(r"(?>x(y)?)z", "xz")
show(r"(?>.*?)b", "aab")

# Bodies that can be empty: the repeat stops instead of looping forever.
show(r"(a*)*b", "aab")
show(r"(a*)+b", "b")
show(r"(a*?)*?b", "aab")
show(r"(a|)*b", "aab")
show(r"(?:a?)*?c", "aac")
show(r"(a?)*?$", "aa")
show(r"(|a)+", "aa")
show(r"(a|)+?b", "ab")
show(r"(?:(?:)|a)*b", "aab")
show(r"(\b)*x", "x")
show(r"(?:$|a)*b", "aab")
show(r"(?:x*)*+y", "xxy")
show(r"(?>(?:a*)*)b", "aab")
print(re.findall(r"(a*)*", "aab"), re.findall(r"(a|b)*?", "ab"))

# Nested and bounded repeats with groups.
show(r"((a)b){2,3}", "abababab")
show(r"((a)|(b)){3}", "abba")
show(r"(?:(a)|b){2,}?c", "abac")
show(r"(a(b)?){2}", "aab")
show(r"(?:a{2}){2}", "aaaaa")
show(r"a{0}b", "ab")
show(r"(a){0}\1?b", "ab")
show(r"(?:a{1,2}){2}b", "aaab")
show(r"(?:(?:a|ab)c?){2}d", "abacd")

# Limits of the repeat syntax.
print(re.match(r"a{65535}", "a" * 65535).end())
print(re.match(r"a{3,65535}", "a" * 70000).end())
for bad in [r"a**", r"a{3,2}", r"*a", r"a{4294967295}", r"a++?", r"(?:)++*"]:
    try:
        re.compile(bad)
    except (re.error, OverflowError) as e:
        print(type(e).__name__, e)
