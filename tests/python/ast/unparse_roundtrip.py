# ast.unparse of many constructs, and parse(unparse(tree)) giving the same dump.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c[1:2, ::3] = d.e",
    "del x[0], y.z",
    "x += 1\ny @= z\nw **= 2",
    "v: int = 5\nw: 'str'\n(p): int",
    "print(*args, sep='', **kw)",
    "f = lambda a, /, b=2, *c, d, e=5, **f: a",
    "def f(a: int, /, b: str = 'x', *args: int, c, d=4, **kw) -> None:\n    '''doc\n    string'''\n    return",
    "async def g():\n    async with a as b, c:\n        await d\n    async for x in y:\n        yield x",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x: int\n\n    def m(self):\n        pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "while x:\n    break\nelse:\n    continue",
    "for i, j in z:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* (A, B) as g:\n    pass",
    "with open(f) as fh, x:\n    pass",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import *",
    "global a, b",
    "assert x, 'message'",
    "[x for x in y if x if not x]\n{k: v for k, v in z}\n{s for s in t}\n(g async for g in h)",
    "x if y else z",
    "a and b or not c",
    "(a or b) and c",
    "a < b <= c is not d not in e",
    "~a + -b * +c // d % e ** f << g >> h | i ^ j & k",
    "(a + b) * c\na ** -b\n(-a) ** b\n-(a ** b)",
    "f'{x!r:>{width}} and {y=} {{braces}}'",
    "f'{a}' f\"{b!s}\" 'plain'",
    "b'bytes'\n'a' 'b'\n'quote\\'s' \"dq\\\"\"",
    "1 + 2.5 + 3j + 0x10 + 1_000 + 1e10 + 1e400",
    "def gen():\n    x = yield\n    y = yield from g\n    await z",
    "(x := 10)\nif (n := len(a)) > 10:\n    pass",
    "{1: 2, **d}\n{*a, *b}\n[*c]\n()\n(1,)\nset()",
    "...\nNone\nTrue\nFalse",
    "x[a:b, c]\nx[()]\nx[1:]\nx[::2]\nx[a, b]\nx[(a, b)]",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) if x:\n        pass\n    case str() as s:\n        pass\n    case None:\n        pass\n    case -1 + 2j:\n        pass\n    case (a, b, *_):\n        pass",
    "class A:\n    '''Docstring.'''\n\n    def f(self, *, k):\n        return k",
    "lambda: (yield)",
    "not (a == b)\nnot a == b",
    "x = (1 if a else 2) + 3\ny = a if b else (c if d else e)",
    "print((yield))",
    "a[b](c).d",
    "(await x).y",
    "del (a, b), [c]",
    "for (a, b) in c:\n    pass",
    "nonlocal_test = 1",
]

for source in SOURCES:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    print(text)
    print("---", ast.dump(ast.parse(text)) == ast.dump(tree))

# unparse of expressions and single nodes.
print(ast.unparse(ast.parse("a + b", mode="eval")))
print(ast.unparse(ast.BinOp(ast.Name("x", ast.Load()), ast.Add(), ast.Constant(1))))
print(ast.unparse(ast.arguments([], [ast.arg("a")], None, [], [], None, [])))
print(ast.unparse(ast.Constant(float("inf"))), ast.unparse(ast.Constant(complex(0, float("inf")))))
print(ast.unparse(ast.Constant((1, 2))), ast.unparse(ast.Constant(...)))
