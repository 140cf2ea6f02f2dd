"""Source snippets for the parser tests; gen_fixtures.py asks CPython 3.11 about each."""
import ast
import re

EXEC = [
    'x = f"{yield}"\n',
    # simple statements
    "x = 1\n", "a = b = c\n", "a, b = c, d = f(1, *a, k=2, **kw)\n", "x += 1\n", "x.y -= 2\n",
    "x[0] @= m\n", "a //= b; c **= d; e >>= f; g <<= h; i ^= j; k |= l; m &= n; o %= p; q /= r\n",
    "y: int = 5\n", "(z): int\n", "a.b: int\n", "a[0]: int = 1\n", "x: list[int] = yield\n",
    "a.b[1:2, ::3] = [1, 2, *c]\n", "del a[0], b.c\n", "del (a), [b, c], (d, e)\n", "del (a, b),\n",
    "*a, b = c\n", "[a, *b] = c\n", "(a, (b, c)) = d\n", "a, = b\n", "(a) = b\n", "((a)) = 1\n",
    "x = *a, *b\n", "def f(a, *, b=1, c): pass\n", "x = *a\n", "x = yield\n", "x = yield from y\n", "x = await y\n",
    "import os, sys\n", "import a.b.c as d, e\n", "from a.b import c as d, e\n", "from . import x\n",
    "from ...pkg import (y, z,)\n", "from .... import *\n", "from .a import *\n",
    "global a, b\n", "nonlocal x\n", "assert x, 'msg'\n", "assert x\n", "raise\n", "raise X\n",
    "raise X from e\n", "return\n", "return 1, 2\n", "return *a, b\n", "pass; pass;\n", "break\n",
    "continue\n", "x = 1;\n", "(yield)\n", "yield\n", "yield x, y\n", "await x\n",
    # expressions
    "x = not a and b or c and not d\n", "x = a if b else c if d else e\n",
    "x = a < b <= c > d >= e == f != g is h is not i in j not in k\n",
    "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n", "x = -a ** -b ** ~c\n",
    "x = +a - -b\n", "x = (a)\n", "x = (a) + (b)\n", "x = ((a))[0]\n", "x = (a).b\n",
    "x = a.b.c(d)(e)[f][g:h]\n", "f(a)(b)(c)\n", "x = f()\n", "x = f(a, b=1, *c, d=2, **e)\n",
    "f(*a, *b, c=1, **d, e=2)\n", "f(x for x in y)\n", "f((x for x in y), z)\n",
    "f(a := 1, b)\n", "x = (a := 1)\n", "[y := f(x), y**2]\n", "x[a := 1]\n", "x[a:=1, b]\n",
    "lambda: 0\n", "lambda x, *y, z=1, **k: x + y\n", "lambda x=1, /, y=2, *, z: 0\n",
    "lambda *, a: 0\n", "lambda a, b, /: 0\n", "lambda *a, **b: 0\n", "x = lambda: (yield)\n",
    "x = [i for i in range(10) if i if j for k in l]\n", "x = {k: v for k, v in z}\n",
    "x = {a, *b}\n", "x = (x for x in y)\n", "x = {**a, 'b': 1, **c}\n", "x = {}\n", "x = []\n",
    "x = ()\n", "x = (1,)\n", "x = 1,\n", "x = [1, 2,]\n", "x = {1, 2,}\n", "x = {1: 2,}\n",
    "x = [a async for a in b if c]\n", "x = (await a for a in b)\n",
    "x = [(a, b) for a, b in c]\n", "x = [a for a, in b]\n", "x = [a for (a) in b]\n",
    "x = {(a := 1): b for c in d}\n", "x = [*a, *b]\n", "x = a[1:2], b[...], c[:], d[::], e[1:]\n",
    "x = a[1:2, 3]\n", "x = a[*b]\n", "x = a[*b, c]\n", "x = a[b, *c]\n", "x = a[()]\n",
    "x = a[1,]\n", "x = ...\n", "x = None, True, False\n", "x = a.b.c.d\n",
    "x = 1_000_000 + 0x_ff + 1e10 + 3j + 0o17 + 0b1 + 12345678901234567890 + 1.5e-3 + 0.5j\n",
    "x = 9007199254740991 + 9007199254740992 + 0xffffffffffffffffff\n", "x = 1. + .5 + 1e5 + 00 + 0e0\n",
    "x = 'a' 'b' \"c\"\n", "x = b'a' b'b'\n", "x = f'{a}' 'b'\n", "x = f'{a!r:>{w}} {b=}'\n",
    "x = f'''{\na\n}'''\n", "x = f'{a}{b}' f'{c}'\n", "x = u'a'\n", "x = r'\\d' '\\n'\n",
    "x = f'{x:{y}.{z}f}'\n", "x = f\"{a:=1}\"\n", "x = f'{ a }'\n", "x = f\"{'a'}\"\n", "x = f'{a[0]}{b.c}{d()}'\n",
    "x = f'{lambda: 1}'\n" if False else "x = f'{(lambda: 1)}'\n", "x = f'{a!s}{b!a}'\n",
    "print(*a, sep='')\n", "x = a if b else(c)\n", "x = [\n  1,\n  2,\n]\n",
    "x = (\n  a\n  + b\n)\n", "x = a.\\\n  b\n", "if (a and\n    b):\n  pass\n",
    "x = 1 if 2 else 3\n", "x = not x\n", "x = a is not b\n", "x = a not in b\n",
    "x = -1\n", "x = ~1\n", "x = -(1)\n", "x = (-1) ** 2\n", "x = 2 ** -1\n", "x = await a ** b\n",
    "é = 1\n", "ﬁ = 1\n", "x = ℌ\n", "x = 'é' + \"ü\"\n", "ä.ö = 'ü'\n", "x = '\U0001f600'; y = z\n",
    # compound statements
    "if x:\n    pass\n", "if x: pass\nelif y: pass\nelif z: pass\nelse: pass\n",
    "if x:\n    a\nelse:\n    if y:\n        b\n", "while x:\n    break\nelse:\n    pass\n",
    "for i, j in enumerate(z):\n    continue\nelse:\n    pass\n", "for x in *a, *b:\n    pass\n",
    "for x, in y: pass\n", "for [a, b] in c: pass\n", "for a.b in c: pass\n", "for a[0] in c: pass\n",
    "async def f():\n    async for i in y:\n        yield i\n    async with a as b, c:\n        pass\n",
    "with a: pass\n", "with a as b: pass\n", "with a as (b, c): pass\n", "with a as b, c as d: pass\n",
    "with (a, b): pass\n", "with (a, b) as c: pass\n", "with (a as b, c as d,): pass\n",
    "with (a as b, c): pass\n", "with (a): pass\n", "with (yield): pass\n", "with a as b.c: pass\n",
    "with a as b[0]: pass\n", "with (open(a) as f, open(b) as g):\n    pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nfinally:\n    pass\n", "try:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept* (A, B) as e:\n    pass\nelse:\n    pass\n",
    "def f(): pass\n", "def f(a, /, b: int = 1, *args: str, c, d=2, **kw) -> None:\n    '''doc'''\n    return a\n",
    "def f(a, b=1, /, c=2, *, d, e=3, **f): pass\n", "def f(*, a): pass\n", "def f(*a: *b): pass\n",
    "def f(a,): pass\n", "def f(*a,): pass\n", "def f(**a,): pass\n", "def f(a, /): pass\n",
    "def f(a=1, /): pass\n", "def f(a, *, b): pass\n", "async def f(): await x\n",
    "@dec\ndef f(): pass\n", "@dec\n@dec2(1)\n@a.b.c\nclass C(B, metaclass=M):\n    x: int\n",
    "@x[0].y\ndef f(): pass\n", "@(yield)\ndef f(): pass\n", "@a := b\ndef f(): pass\n",
    "@dec\nasync def f(): pass\n", "class C: pass\n", "class C(): pass\n", "class C(*a, **k): pass\n",
    "class C(\n  A,\n  B,\n):\n    '''doc'''\n",
    "if x:\n    # comment\n    pass\n\n\n# trailing\n", "def f():\n    x = 1\n\n    return x\n",
    "if a:\n  if b:\n    pass\n  else:\n    pass\nelse:\n  pass\n", "x = 1\n\n\n", "\n\n# only comments\n",
    "",
    "if x:\n\tpass\n", "class A:\n  def f(self):\n    return self\n  x = 1\n",
    # match
    "match command.split():\n    case [action]:\n        pass\n    case [Point(x=0, y=0), *rest] if rest:\n        pass\n",
    "match x:\n    case {'a': 1, **rest}:\n        pass\n    case {}:\n        pass\n    case {1: _, 'b': [*_]}:\n        pass\n",
    "match x:\n    case -1 | 1.5 | 2 + 3j | -2 - 3j | 's' 't' | None | True | False | a.b as z:\n        pass\n",
    "match x:\n    case (a, b, *_):\n        pass\n    case ():\n        pass\n    case []:\n        pass\n    case (a):\n        pass\n",
    "match x:\n    case _:\n        pass\n", "match x, y:\n    case a, b:\n        pass\n",
    "match *x, y:\n    case [*a, b,]:\n        pass\n", "match x:\n    case A.B.C(a, b=c, d=(e | f)):\n        pass\n",
    "match x:\n    case A():\n        pass\n    case A(b=1,):\n        pass\n    case A(1, 2,):\n        pass\n",
    "match x:\n    case {**rest}:\n        pass\n    case {a.b: 1, None: 2, True: 3, -1: 4, 1+2j: 5}:\n        pass\n",
    "match x:\n    case a if (b := a):\n        pass\n", "match = 1\ncase = 2\n_ = 3\n", "match(x)\n",
    "match [x]:\n    case [a as b]:\n        pass\n", "match x:\n    case (1 | 2) as y:\n        pass\n",
    "match x:\n    case a, *b:\n        pass\n", "match x:\n    case 0 | -0 | 0j | -0j:\n        pass\n",
    "match x:\n  case b'a':\n    pass\n", "match -x:\n  case _:\n    pass\n",
    "match.a = 1\n", "match[a] = 1\n", "print(match, case)\n",
]

TYPE_COMMENTS = [
    "x = 1  # type: int\n", "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
    "def f(a, b):  # type: (int, int) -> None\n    pass\n", "for x in y:  # type: int\n    pass\n",
    "with a as b:  # type: int\n    pass\n", "import x  # type: ignore\n", "x = 1  # type: ignore[foo]\n",
    "def f(\n    a,  # type: int\n    *b,  # type: str\n    **c  # type: float\n):\n    pass\n",
    "async def f():\n    async for x in y:  # type: int\n        pass\n",
]

EVAL = ["1 + 2", "a, b", "x for x in y" if False else "(x for x in y)", "lambda: 1", "a if b else c",
        "\n\n1\n\n", "f(a)[b]", "yield" if False else "await x", "a,"]

SINGLE = ["if x:\n  pass", "if x:\n  if y:\n    pass", "for x in y:\n  pass\nelse:\n  pass",
          "def f():\n  return 1", "class A:\n  x = 1\n  y = 2", "@d\ndef f():\n  pass",
          "match x:\n  case 1:\n    pass", "x = 1\n\n", "x = 1", "if x:\n    pass\n\n", "x; y\n", "def f():\n    pass\n\n", "1 + 2\n"]

FUNC_TYPE = ["() -> int", "(int, str) -> None", "(a, *b, **c) -> d", "() -> a\n\n", "(*int) -> None", "(**int) -> None",
             "(int, *str, **float) -> None", "(a, *b) -> c", "(a, **b) -> c", "(*a, **b) -> c"]


def valid_cases():
    for source in EXEC:
        yield "exec", False, source
    for source in TYPE_COMMENTS:
        yield "exec", True, source
    for source in EVAL:
        yield "eval", False, source
    for source in SINGLE:
        yield "single", False, source
    for source in FUNC_TYPE:
        yield "func_type", False, source


ERRORS = [
    'f() = 1\n', 'if x\n  pass\n', 'a b\n', '(a b c)\n', 'é(a b)\n', 'x = (1,\n2\n', 'def f(:\n  pass\n',
    'print 1\n', 'x = 1 +\n', 'import a from b\n', 'from x import a,\n', 'def f:\n pass\n',
    'def f() -> x pass\n', 'class A(x) y:\n pass\n', 'class A pass\n', 'for x in y pass\n',
    'while x pass\n', 'with a pass\n', 'try pass\n', 'try:\n pass\nfinally pass\n',
    'if x:\n pass\nelse pass\n', 'if x:\n pass\nelif y pass\n', 'lambda x y: 1\n',
    'match x:\n case 1 pass\n', 'try:\n pass\nexcept X pass\n', 'f(**k, *a)\n', 'f(a for a in b, c)\n',
    'f(c, a for a in b)\n', 'f(a=1, b)\n', 'f(**a, b)\n', 'f(True=1)\n', 'f(a+1=2)\n',
    'match x:\n case 1j + 2j: pass\n', 'match x:\n case 1 + 2: pass\n', 'for x in range(10) pass\n',
    'del f()\n', 'del *a\n', 'for f() in x: pass\n', '(a, b) += 1\n', 'a, b: int\n', '[a]: int\n',
    'a + 1: int\n', 'x = yield = 1\n', 'with a\n pass\n', 'with a:\npass\n', 'match x\n case 1: pass\n',
    'match x:\n case 1\n  pass\n', 'match x:\n case a as _: pass\n', 'match x:\n case a as 1: pass\n',
    'match x:\n case A(a=1, b): pass\n', 'def f(a=1, b): pass\n', 'def f(/): pass\n',
    'def f(a, /, b, /): pass\n', 'def f(*): pass\n', 'def f(*a=1): pass\n', 'def f(**a=1): pass\n',
    'def f(**a, b): pass\n', 'def f(a=): pass\n', 'lambda *: 1\n', 'def f(*a, *b): pass\n',
    'def f((a)): pass\n', 'def f(*, a, /): pass\n', 'def f(a=1, /*): pass\n', 'try:\n pass\n',
    'try:\n pass\nexcept:\n pass\nexcept* A:\n pass\n', 'try:\n pass\nexcept* A:\n pass\nexcept:\n pass\n',
    'try:\n pass\nexcept*:\n pass\n', 'try:\n pass\nexcept A\n pass\n', 'try:\n pass\nexcept A, B:\n pass\n',
    'x = 1\n  y = 2\n', 'if x:\n  a\n b\n', 'if x:\npass\n', 'def f():\nreturn\n', 'class A:\nx\n',
    'for x in y:\nz\n', 'while x:\nz\n', 'if x:\n a\nelse:\nb\n', 'if x:\n a\nelif y:\nb\n', 'try:\nx\n',
    'try:\n x\nfinally:\ny\n', 'try:\n x\nexcept:\ny\n', 'x = [1, 2\n', 'x = {1: 2, 3}\n', 'x = {1: }\n',
    'x = {1: *a}\n', 'f(x for x in y, )\n', '[x, y for x in z]\n', '[*x for x in z]\n', '{**x for x in y}\n',
    '(*x)\n', '(**x)\n', 'del (a, b())\n', 'True = 1\n', '1 = x\n', '"a" = 1\n',
    'f(a, b) += 1\n', 'x + 1 = 2\n', 'a if b else c = 1\n', 'lambda: 1 = 2\n', '(yield) = 1\n',
    '[a, b] += 1\n', 'not x = 1\n', 'a < b = 1\n', 'if x = 1: pass\n', 'if x.y = 1: pass\n',
    'while (x = 1): pass\n', '[x = 1]\n', 'f(x.y=1)\n', 'x := 1\n', '(x.y := 1)\n',
    'def f():\n  x = 1\n    y = 2\n', '\tif x:\n\t\tpass\n        pass\n', 'x = 1 if y\n',
    'x = (1 if y)\n', 'from . import *, a\n', 'import a.b as c.d\n', 'a = 1; ; b = 2\n', 'pass pass\n',
    'x = )\n', 'x = (]\n', '@\ndef f(): pass\n', 'class\n', 'def\n', 'return return\n', 'f(*)\n',
    'f(**)\n', 'a[1:2:3:4]\n', 'x = 1 2\n', 'print "hello"\n', 'exec "x"\n', 'f(a b)\n', '[a b]\n',
    '{a b}\n', 'x = [a for a in]\n', 'x = [a for in b]\n', 'for in x: pass\n', 'for x y in z: pass\n',
    'with open(x) as 1: pass\n', 'async def f():\n  await\n', 'nonlocal\n', 'global x,\n',
    'assert x = 1\n', 'raise from x\n', 'raise x from\n', 'x = 5 5 5\n', 'f(a, b c)\n',
    'x = "abc" "def\n', "x = '''abc\n", 'x = 1 +* 2\n', 'if True:\n    pass\n  else:\n    pass\n',
    '(' * 201 + ')' * 201 + '\n', '-' * 6000 + '1\n', 'not ' * 6000 + 'x\n', 'x = 0777\n', 'x = 1__0\n',
    'x = $\n', 'a = 1\nb = (\nc = 2\n', 'lambda a=1, b: 0\n',
    'class A(x for x in y): pass\n', 'x = [1, 2,, 3]\n', 'x.1\n', 'x = 1 if 2 else\n', 'f(**a, *b)\n',
    'match x:\n  case {**a, "b": 1}: pass\n', 'match x:\n  case *a: pass\n', 'x = f"{a b}"\n',
    'x = f"{}"\n', 'x = f"{a!z}"\n', 'x = f"{a"\n', 'x = "a" b"b"\n', 'def f():\n  yield = 1\n',
    'x = [\n  1,\n  2\n', 'foo(\n  a,\n  b\nbar = 1\n', 'if x:\n    pass\n   pass\n', 'x = 1 +\n\n(\n',
    'f(x=1 for x in y)\n', 'f(a, *)\n', 'def f(a, *, **k): pass\n', 'def f(*, **k): pass\n',
    'x = {**a for b in c}\n', 'x = [**a]\n', 'import\n', 'from x import\n', 'from x import (a\n',
    'x = (1 2)\n', 'x = [1 2]\n', 'x = {1 2}\n', 'f(a=1 b=2)\n', 'x = a.b c\n', 'if x:\n\n', 'def f():\n',
    'class A:\n', 'x = 1\ndef f(\n', 'x\n    y\n', 'for x in y:\n    pass\n  z\n', 'async x = 1\n',
    'def f(a b): pass\n', 'def f(a, b c): pass\n', 'lambda (x): x\n', 'def f(a, (b)): pass\n',
    'x = a[1:2:3:]\n', 'x = yield from\n', 'a = b = \n', 'del\n', 'del a +\n', 'del a, 1\n',
    'with a as b c: pass\n', 'with (a as b c): pass\n', 'case x: pass\n', 'match x:\n  case:\n    pass\n',
    'match x:\n  case a b: pass\n', 'x = f(a)(b)c\n', 'elif x: pass\n', 'else: pass\n', 'except: pass\n',
    'finally: pass\n', 'x = [i for i in range(3) if]\n', 'global 1\n', 'x = 1\n)\n', 'x = ]\n',
    'if x:\n    pass\n  elif y:\n    pass\n', 'print(f"{x!}")\n', 'f(a=)\n', 'f(a, b=)\n',
    'def f():\n    y = 1\n    return f"{1a}" + z\n', 'x = f"{a:{b}"\n', "x = f'{a!r=}'\n",
    'x = f"{*a}"\n', "x = f'''{\na b\n}'''\n", "x = f'{)}'\n",
    '(c b)\n', '(c s d)\n', '[x for c d in y]\n', '(ma x)\n', '(matchx y)\n', '[x for c, d s in y]\n',
    'mode[CC[VTIME] = 0\ntcsetattr(fd, when, mode)\n', '{a b, c}\n', 'def f(a=1 b=2): pass\n',
    'def f(a=1, b*c): pass\n', 'def call(obj, / *args, **kwargs): pass\n', 'def f(/ *a): pass\n', 'x = f(a, b=1 for b in c)\n',
    'from a import (\n b,\n ,\n c)\n', 'from a import (b,,c)\n', 'from a import b,,c\n',
    "{0: 1, b c}\n", "{0: 1, b + c d}\n", "{0: 1, print c}\n", "{**a, b c}\n", "{0: 1, 2: b c}\n",
    '1 <> 2\n', 'from __future__ import barry_as_FLUFL\n1 <> 2\n', 'a <>\n',
    "x = {'tripped': *, 'tripped_by': 0}\n", "{0: 1, (b c)}\n", "{'a': }\n", 'x{a: b=1}\n',
    'print "a", b\n',
    'exec code in ns\n',
    'raise E, "msg"\n',
    'def f((a, b)): pass\n',
    'lambda (a, b): a\n',
    'x = `1`\n',
    'try:\n  pass\nexcept E, e:\n  pass\n',
    'class A:\n  def f(self):\n    print self.x\n',
    'import a.b as c, d as\n',
    'from x import *, y\n',
    'if x is not None and y:\n  print "x"\n',
    'async def f():\n  await = 1\n',
    'def f():\n  nonlocal x = 1\n',
    'global x = 1\n',
    'x = 1 if y else pass\n',
    'f(**kwargs, *args)\n',
    'def f(a, b=1, *args, c, **kw, d): pass\n',
    'for i in range(10): print i\n',
    'x = f"{a}}"\n', 'x = f"{{a}"\n', 'x = f"{lambda x: 1}"\n', 'x = f"{a!}"\n', 'x = f"{!r}"\n',
]


SINGLE_ERRORS = ["\n", "x = 1\ny = 2\n", "", "if x:\n  pass\nx = 1", "  x = 1",
                 "if x:\n    y = 1\n  z = 2", "x = 1 +", "a b", "if x:\n  pass\n# c"]

EVAL_ERRORS = ["x = 1", "a b", "", "yield x", "*a, b", "1 +", "f(**)", "a,b,,", "(a", "lambda: x = 1",
               "if x: pass", "1\n2", "a if b", "   1", "f(a for a in b, c)", "x := 1", "a = = b",
               "import x", "@", "await", "not", "[1, 2", "x\t\ny"]

FUNC_TYPE_ERRORS = ["(*a, b) -> c", "(**a, *b) -> c", "(a, **b, *c) -> d", "(a,) -> b", "() -> ",
                    "int -> int", "(a b) -> c", "(*a, *b) -> c", "(*, a) -> b", "(a=1) -> b",
                    "(**a, **b) -> c"]


TYPE_COMMENT_ERRORS = [
    "x + 1  # type: int\n", "def f():  # type: () -> None\n    # type: () -> None\n    pass\n",
    "x: int = 1  # type: int\n", "x += 1  # type: int\n", "if x:  # type: int\n    pass\n",
    "lambda x: 1  # type: int\n", "def f(*,  # type: int\n a):\n    pass\n",
]


def error_cases():
    for source in ERRORS:
        yield "exec", False, source
    for source in TYPE_COMMENT_ERRORS:
        yield "exec", True, source
    for source in SINGLE_ERRORS:
        yield "single", False, source
    for source in EVAL_ERRORS:
        yield "eval", False, source
    for source in FUNC_TYPE_ERRORS:
        yield "func_type", False, source


DOCTEST_FILES = ["test_syntax.py", "test_genexps.py", "test_generators.py", "test_unpack.py",
                 "test_unpack_ex.py", "test_setcomps.py", "test_listcomps.py", "test_extcall.py",
                 "test_named_expressions.py", "test_dictcomps.py"]


def doctest_examples():
    """The `>>>` examples (with their `...` continuation lines) of CPython's syntax tests."""
    for name in DOCTEST_FILES:
        with open("/usr/lib/python3.11/test/" + name, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        index = 0
        while index < len(lines):
            match = re.match(r"^(\s*)>>> (.*)$", lines[index])
            index += 1
            if not match:
                continue
            indent, source = match.group(1), [match.group(2)]
            while index < len(lines) and re.match("^" + indent + r"\.\.\.( |$)", lines[index]):
                source.append(lines[index][len(indent) + 4:])
                index += 1
            yield "\n".join(source) + "\n"


LITERAL_FILES = ["test_syntax.py", "test_exceptions.py", "test_fstring.py", "test_patma.py",
                 "test_grammar.py", "test_positional_only_arg.py", "test_keywordonlyarg.py",
                 "test_named_expressions.py", "test_eof.py", "test_string_literals.py",
                 "test_type_comments.py", "test_unpack_ex.py", "test_genexps.py", "test_ast.py",
                 "test_compile.py", "test_except_star.py", "test_flufl.py", "test_global.py",
                 "test_traceback.py"]


def test_literals():
    """Every short string constant of CPython's parser-related tests, once each."""
    found = set()
    for name in LITERAL_FILES:
        with open("/usr/lib/python3.11/test/" + name, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if len(node.value) < 400 and "\0" not in node.value:
                    found.add(node.value)
    return sorted(found)


# Interactive fragments, complete or not (codeop's question).
INCOMPLETE = [
    "if x:", "if x:\n", "if x:\n  pass", "if x:\n  pass\n", "if x:\n  pass\n\n", "x = (1,", "\'\'\'abc",
    "x = \'\'\'abc\ndef", "def f(", "x = 1 +", "x = 1", 'x = "abc', "a b", "@d", "try:\n  pass\n",
    "x = [1,\n", "if x:\n  pass\nelse:", "x = 1 +\ny = 2", "f(a b", "1 +\n\n",
    "class A:\n  def f(self):\n    pass\n", "", "\n", "# c", "x = \\", "x = f(", "for x in y:",
    "x = {", "if x:\n  pass\nelif", "lambda", "x = 1\n  y", "def f():\n  x = 1\n  return",
    "def f()", "while True:\n  x = 1\n", "with a as b:", "match x:", "match x:\n  case 1:",
]
