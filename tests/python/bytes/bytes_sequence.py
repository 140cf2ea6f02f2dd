# bytes and bytearray as sequences and values: indexing, slicing, iteration,
# operators, comparisons, hashing, repr.
def show(expr):
    try:
        result = eval(expr)
    except Exception as error:
        result = f"{type(error).__name__}: {error}"
    print(expr, "->", repr(result))

class Index:
    def __index__(self):
        return 1

class RAdd:
    def __radd__(self, other):
        return "radd"
    def __rmod__(self, other):
        return "rmod"

for T in ("bytes", "bytearray"):
    print("==", T)
    for expr in [
        "T(b'hello')[0]", "T(b'hello')[-1]", "T(b'hello')[5]", "T(b'hello')[-6]",
        "T(b'hello')[Index()]", "T(b'hello')[True]", "T(b'hello')['x']", "T(b'hello')[1.0]",
        "T(b'hello')[2**70]", "T(b'hello')[1:3]", "T(b'hello')[::-1]", "T(b'hello')[::2]",
        "T(b'hello')[-2:]", "T(b'hello')[10:]", "T(b'hello')[4:1:-1]", "T(b'hello')[::0]",
        "list(T(b'abc'))", "list(reversed(T(b'abc')))", "len(T(b'abc'))", "len(T())",
        "bool(T())", "bool(T(b'\\x00'))", "T(b'ab') + b'cd'", "T(b'ab') + bytearray(b'cd')",
        "T(b'ab') + 'cd'", "T(b'ab') + 1", "1 + T(b'ab')", "T(b'ab') + RAdd()",
        "T(b'ab') * 3", "3 * T(b'ab')", "T(b'ab') * 0", "T(b'ab') * -2", "T(b'ab') * Index()",
        "T(b'ab') * 1.5", "T(b'ab') * 2**70", "T(b'ab') * True",
        "97 in T(b'abc')", "b'bc' in T(b'abc')", "b'' in T(b'abc')", "bytearray(b'c') in T(b'abc')",
        "300 in T(b'abc')", "'a' in T(b'abc')", "None in T(b'abc')", "Index() in T(b'\\x01')",
        "T(b'abc') == b'abc'", "T(b'abc') == bytearray(b'abc')", "T(b'abc') == 'abc'",
        "T(b'abc') != b'abd'", "T(b'abc') < b'abd'", "T(b'abc') < b'ab'", "T(b'ab') <= b'ab'",
        "T(b'\\xff') > b'\\x01'", "T(b'abc') >= bytearray(b'abd')", "T(b'abc') < 'abd'",
        "T(b'a') < 1", "sorted([T(b'b'), T(b'a'), T(b'ab')])", "max(T(b'hello'))",
        "T(b'abc').__eq__('abc')", "T(b'abc').__add__(b'd')", "T(b'abc').__len__()",
        "T(b'abc').__getitem__(1)", "T(b'a').__mul__('x')", "T(b'a').__rmul__(2)", "T(b'abc').__contains__(98)",
        "repr(T(b'it\\'s'))", "repr(T(b'\"q\" \\'s\\''))", "repr(T(b'\\t\\n\\r\\x00\\x7f\\x80\\\\'))",
        "str(T(b'x'))", "ascii(T(b'x\\xff'))", "type(iter(T(b'x'))).__name__",
        "next(iter(T(b'x')))", "T(b'abc').index(99)",
    ]:
        show(expr.replace("T(", T + "("))

print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), {b"k": 1, b"k2": 2}[b"k2"])
show("hash(bytearray(b'x'))")
show("bytearray(b'a').__imul__('x')")
show("{bytearray(b'x'): 1}")
print(bytearray.__hash__, b"a" * 0 == b"")
for x in bytearray(b"AB"):
    print(x, end=" ")
print()
ba = bytearray(b"abc")
it = iter(ba)
print(next(it))
ba.append(100)
print(list(it))
