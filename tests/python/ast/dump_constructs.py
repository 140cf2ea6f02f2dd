# ast.parse + ast.dump over many constructs, with include_attributes and indent.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c[1:2, ::3] = d.e",
    "del x[0], y.z",
    "x += 1; y @= z; w **= 2",
    "v: int = 5\nw: 'str'",
    "print(*args, sep='', **kw)",
    "lambda a, /, b=2, *c, d, e=5, **f: a",
    "def f(a: int, /, b: str = 'x', *args: int, c, d=4, **kw) -> None:\n    '''doc'''\n    return",
    "async def g():\n    async with a as b, c:\n        await d\n    async for x in y:\n        yield x\n",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x: int\n    def m(self): pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "while x:\n    break\nelse:\n    continue",
    "for i, j in z:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* (A, B) as g:\n    pass",
    "with open(f) as fh, x:\n    pass",
    "import a.b as c, d\nfrom ..e import (f as g, h)\nfrom . import *",
    "global a, b\nnonlocal c",
    "assert x, 'message'",
    "[x for x in y if x if not x]\n{k: v for k, v in z}\n{s for s in t}\n(g async for g in h)",
    "x if y else z",
    "a and b or not c",
    "a < b <= c is not d not in e",
    "~a + -b * +c // d % e ** f << g >> h | i ^ j & k",
    "f'{x!r:>{width}} and {y=}'",
    "b'bytes' b'more'\n'a' 'b'",
    "1 + 2.5 + 3j + 0x10 + 1_000 + 1e10",
    "(yield)\n(yield from g)",
    "(x := 10)",
    "{1: 2, **d}\n{*a, *b}\n[*c]\n()",
    "...\nNone\nTrue\nFalse",
    "x[a:b, c]\nx[()]\nx[1:]",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) if x:\n        pass\n    case str() as s:\n        pass\n    case None:\n        pass\n    case -1 + 2j:\n        pass",
    "'\\N{BULLET} \\u00e9 \\U0001f600'",
]

for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))

print(ast.dump(ast.parse(SOURCES[7]), include_attributes=True, indent=2))
print(ast.dump(ast.parse(SOURCES[32]), indent="\t"))
print(ast.dump(ast.parse("x = [1, 2]\ny = {}"), indent=0))
print(ast.dump(ast.parse("x.y(1)"), annotate_fields=False))
print(ast.dump(ast.parse("x.y(1)"), annotate_fields=False, include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(a, b) -> c", mode="func_type")))

# Operators and contexts of a parsed tree are shared objects.
tree = ast.parse("a + b + c")
ops = [n.op for n in ast.walk(tree) if isinstance(n, ast.BinOp)]
names = [n.ctx for n in ast.walk(tree) if isinstance(n, ast.Name)]
print(ops[0] is ops[1], names[0] is names[1] is names[2], type(names[0]).__name__)

# Non-ASCII text: columns are UTF-8 byte offsets.
tree = ast.parse("é = 'ü' + x")
print(ast.dump(tree, include_attributes=True))
