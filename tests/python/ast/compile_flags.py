# compile()'s flags and modes around PyCF_ONLY_AST, checked with _ast alone.
import _ast
import __future__

ONLY_AST = _ast.PyCF_ONLY_AST

for source, mode in [("x = 1", "exec"), ("x + 1", "eval"), ("x = 1", "single"),
                     ("(int) -> str", "func_type")]:
    tree = compile(source, "<s>", mode, ONLY_AST)
    parts = {"exec": "body", "eval": "body", "single": "body", "func_type": "returns"}
    part = getattr(tree, parts[mode])
    print(mode, type(tree).__name__,
          [type(n).__name__ for n in part] if isinstance(part, list) else type(part).__name__)

# Only the parser runs: no symbol table errors.
for source in ["return 1", "nonlocal x", "break", "await x", "yield 5", "def f():\n    global a\n    a = 1\n    nonlocal a"]:
    print(type(compile(source, "<s>", "exec", ONLY_AST).body[0]).__name__)
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print("  SyntaxError:", e.msg)

# Syntax errors are reported the same way with and without PyCF_ONLY_AST.
for source in ["x = (1,", "def f(:\n  pass", "a b", "x = 1\n  y = 2"]:
    try:
        compile(source, "<bad>", "exec", ONLY_AST)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.filename)

# Bytes sources, with a coding declaration.
tree = compile(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", "<b>", "exec", ONLY_AST)
print(repr(tree.body[0].value.value))

# Errors about the arguments.
checks = [
    lambda: compile("x", "<s>", "exec", 0x100),
    lambda: compile("x", "<s>", "exec", 0x8000000),
    lambda: compile("x", "<s>", "exec", 0, optimize=3),
    lambda: compile("x", "<s>", "exec", 0, optimize=-2),
    lambda: compile("x", "<s>", "func_type"),
    lambda: compile("x", "<s>", "bogus"),
    lambda: compile("x", "<s>", "bogus", ONLY_AST),
    lambda: compile(12, "<s>", "exec"),
    lambda: compile(12, "<s>", "exec", ONLY_AST),
]
for check in checks:
    try:
        check()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# The obsolete CO_NESTED flag and the future flags are accepted.
print(type(compile("x", "<s>", "exec", 0x10)).__name__)

# PyCF_ALLOW_TOP_LEVEL_AWAIT: await at module level compiles to a coroutine code object.
try:
    compile("await x", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
code = compile("await x", "<s>", "exec", _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & 0x80))
tree = compile("result = [await x async for x in y]", "<s>", "exec", ONLY_AST)
code = compile(tree, "<s>", "exec", _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & 0x80))

# Future flags passed explicitly.
flag = __future__.annotations.compiler_flag
ns = {}
exec(compile("def f(x: undefined_name) -> other: pass", "<s>", "exec", flag), ns)
print(ns["f"].__annotations__)
tree = compile("def g(y: later): pass", "<s>", "exec", ONLY_AST)
exec(compile(tree, "<s>", "exec", flag), ns)
print(ns["g"].__annotations__)

# Future flags of the calling code are inherited unless dont_inherit is true.
outer = """
from __future__ import annotations
inherited = compile('def h(z: missing): pass', '<s>', 'exec')
not_inherited = compile('def h(z: missing): pass', '<s>', 'exec', dont_inherit=True)
"""
ns = {}
exec(outer, ns)
exec(ns["inherited"], ns)
print(ns["h"].__annotations__)
try:
    exec(ns["not_inherited"], ns)
except NameError as e:
    print("NameError:", e)
