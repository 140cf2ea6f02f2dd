# The _sre module itself: constants, helpers, and code words given to
# _sre.compile by hand (opcodes numbered as in re/_constants.py), including
# sets the compiler emits rarely (BIGCHARSET, RANGE_UNI_IGNORE) and code the
# validator refuses.
import _sre
from re import _constants as C

print(_sre.MAGIC == C.MAGIC, _sre.CODESIZE, _sre.getcodesize(), _sre.MAXREPEAT, _sre.MAXGROUPS)
print(repr(_sre.copyright), _sre.__name__, _sre.__doc__)
print(sorted(name for name in dir(_sre) if not name.startswith("__")))
print(C.MAXREPEAT, C.MAXGROUPS, C.OPCODES[:3], len(C.OPCODES), len(C.ATCODES), len(C.CHCODES))

def compiled(code, groups=0, groupindex=None, indexgroup=(), pattern="<hand>", flags=0):
    return _sre.compile(pattern, flags, [int(word) for word in code], groups,
                        groupindex or {}, indexgroup)

def run(code, subject, **kw):
    p = compiled(code, **kw)
    m = p.search(subject)
    print(m and (m.span(), m.groups()), p.findall(subject))

# LITERAL 'a', SUCCESS
run([C.LITERAL, ord("a"), C.SUCCESS], "xaya")
# MARK 0, IN [RANGE a-c], MARK 1, SUCCESS (one group)
run([C.MARK, 0, C.IN, 5, C.RANGE, ord("a"), ord("c"), C.FAILURE, C.MARK, 1, C.SUCCESS],
    "xbz", groups=1)
# IN [NEGATE, CATEGORY UNI_DIGIT], REPEAT_ONE over it
run([C.REPEAT_ONE, 10, 1, C.MAXREPEAT, C.IN, 5, C.NEGATE, C.CATEGORY, C.CATEGORY_UNI_DIGIT,
     C.FAILURE, C.SUCCESS, C.SUCCESS], "12ab٣cd")

# A BIGCHARSET: block numbers as bytes in 64 words, then 256-bit blocks.
def bigcharset(chars):
    blocks, table = [], []
    for high in range(256):
        bits = [0] * 8
        for c in chars:
            if c >> 8 == high:
                bits[(c & 255) >> 5] |= 1 << (c & 31)
        if bits not in blocks:
            blocks.append(bits)
        table.append(blocks.index(bits))
    words = [int.from_bytes(bytes(table[i:i + 4]), "little") for i in range(0, 256, 4)]
    return [C.BIGCHARSET, len(blocks)] + words + [w for block in blocks for w in block]

cyrillic = [ord(c) for c in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"] + [0x4E2D, 0x1F600]
big = bigcharset(cyrillic)
code = [C.REPEAT_ONE, len(big) + 7, 1, C.MAXREPEAT, C.IN, len(big) + 2] + big + [C.FAILURE,
        C.SUCCESS, C.SUCCESS]
run(code, "hello привет ёж 中文 😀!")
code = [C.IN, len(big) + 3, C.NEGATE] + big + [C.FAILURE, C.SUCCESS]
run(code, "жzю")

# RANGE_UNI_IGNORE: the subject is lower-cased, and its upper case is tried too.
code = [C.IN_UNI_IGNORE, 5, C.RANGE_UNI_IGNORE, 0x10400, 0x10427, C.FAILURE, C.SUCCESS]
run(code, "\U00010428x\U00010400")

# GROUPREF_EXISTS, ASSERT_NOT and AT codes by hand.
code = [C.MARK, 0, C.LITERAL, ord("<"), C.MARK, 1, C.LITERAL, ord("x"),
        C.GROUPREF_EXISTS, 0, 6, C.LITERAL, ord(">"), C.JUMP, 3, C.AT, C.AT_END, C.SUCCESS]
print(compiled(code, groups=1).match("<x>"), compiled(code, groups=1).match("<x"))
code = [C.AT, C.AT_BEGINNING_LINE, C.ASSERT_NOT, 5, 0, C.LITERAL, ord("#"), C.SUCCESS,
        C.IN, 4, C.CATEGORY, C.CATEGORY_WORD, C.FAILURE, C.SUCCESS]
print(compiled(code, flags=8).findall("ab\n#c\nd"))

# The Pattern made by hand behaves like any other.
p = compiled([C.MARK, 0, C.LITERAL, ord("k"), C.MARK, 1, C.SUCCESS], groups=1,
             groupindex={"key": 1}, indexgroup=(None, "key"), pattern="(?P<key>k)")
m = p.search("ok")
print(p, p.groups, p.groupindex, m, m.lastgroup, m.groupdict(), p.pattern)
print(_sre.compile(None, 0, [C.SUCCESS], 0, {}, ()).match("anything"))

# Code the validator refuses, and arguments of the wrong types.
bad_code = [
    [],
    [C.LITERAL],
    [C.LITERAL, 97],
    [C.MARK, 2, C.SUCCESS],
    [C.GROUPREF, 0, C.SUCCESS],
    [C.IN, 9, C.LITERAL, 97, C.FAILURE, C.SUCCESS],
    [C.BRANCH, 0, C.SUCCESS],
    [C.REPEAT_ONE, 6, 2, 1, C.LITERAL, 97, C.SUCCESS, C.SUCCESS],
    [C.AT, 99, C.SUCCESS],
    [C.JUMP, 1, C.SUCCESS],
    [99, C.SUCCESS],
    [C.CATEGORY, C.CATEGORY_WORD, C.SUCCESS],
]
for code in bad_code:
    try:
        _sre.compile("x", 0, code, 0, {}, ())
        print("accepted", code)
    except RuntimeError as e:
        print("RuntimeError:", e)
for args in [("x", 0, (1,), 0, {}, ()), ("x", 0, [-1], 0, {}, ()), ("x", 0, [2 ** 32], 0, {}, ()),
             ("x", 0, ["a"], 0, {}, ()), (1, 0, [1], 0, {}, ()), ("x", 0, [1], 0, [], ()),
             ("x", 0, [1], 0, {}, []), ("x", "0", [1], 0, {}, ())]:
    try:
        _sre.compile(*args)
    except (TypeError, OverflowError, RuntimeError) as e:
        print(type(e).__name__, e)
print(_sre.compile(pattern="x", flags=0, code=[C.SUCCESS], groups=0, groupindex={}, indexgroup=()))

# The case helpers over whole ranges agree with CPython's tables.
print(sum(_sre.unicode_iscased(c) for c in range(0x3000)), sum(_sre.ascii_iscased(c) for c in range(256)))
print(sum(_sre.unicode_tolower(c) != c for c in range(0x20000)), _sre.unicode_tolower(0x110000))
print([_sre.unicode_tolower(c) for c in (0x130, 0x1E9E, 0x2126, 0x212A, 0x10400, 0x1E900)])
