# compile(), exec() and eval() of strings give the same code whether a run
# compiles them or (in Taipan) reads them back from the compiled-code cache a
# previous run wrote: the same program runs twice with one cache directory.
import os
import subprocess
import sys
import tempfile

CHILD = r'''
import collections, sys, warnings
sys.stderr = sys.stdout  # the warnings in order with the output
warnings.simplefilter("always")
# Warnings are issued at every compile, cached or not.
code = compile("x = 1\nif x is 1: pass\n", "warn.py", "exec")
print(code.co_filename)
eval("'\\d'")
Point = collections.namedtuple("Point", "x y")
print(Point(1, 2), Point._make([3, 4]).y)
src = "1 + 2"
print(eval(src), eval("  " + src))
print(compile(src, "a.py", "eval").co_filename, compile(src, "b.py", "eval").co_filename)
# The same text in each mode.
for mode in ("eval", "exec", "single"):
    code = compile("x = 5" if mode != "eval" else "7", "m", mode)
    print(mode, code.co_names, code.co_consts, code.co_flags)
ns = {}
exec(compile("5 * 5", "s", "single"), ns)
exec(compile("5 * 5", "s", "exec"), ns)
# Optimize levels: asserts and docstrings.
for level in (-1, 0, 1, 2):
    code = compile("def f():\n    'doc'\n    assert False\n    return 1\n", "o", "exec", optimize=level)
    ns = {}
    exec(code, ns)
    try:
        print(level, ns["f"](), ns["f"].__doc__)
    except AssertionError:
        print(level, "AssertionError", ns["f"].__doc__)
# Future features: inherited or not.
ann = "def g(a: undefined_name): pass\ng.__annotations__"
for flags in (0, __import__("__future__").annotations.compiler_flag):
    ns = {}
    try:
        exec(compile(ann, "f", "exec", flags=flags), ns)
        print("annotations", ns["g"].__annotations__)
    except NameError as e:
        print("NameError", e)
# Surrogates (not UTF-8), strings beyond the BMP, and bytes with a coding cookie.
for text in ("'" + chr(0xD800) + "'", "'" + chr(0xD83D) + chr(0xDE00) + "'", "'\\ud800'",
             "'" + chr(0x1F600) + "'", "'\ufffd'"):
    try:
        print(ascii(eval(text)))
    except Exception as e:
        print(type(e).__name__)
print(eval(b"# -*- coding: latin-1 -*-\n'\xe9'"), eval(b"'\xc3\xa9'"))
print(eval("'\\xe9'"), eval(b"'\\xe9'"))
# The same UTF-8 bytes as bytes (the cookie counts) and as str (it does not).
print(eval(b"# -*- coding: latin-1 -*-\n'\xc3\xa9'"), eval("# -*- coding: latin-1 -*-\n'\xe9'"))
# Positions and line numbers survive.
code = compile("a = 1\nb = (2 +\n     3)\n", "p", "exec")
print(list(code.co_positions())[:3], code.co_firstlineno)
try:
    compile("def (:", "bad", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
'''

with tempfile.TemporaryDirectory() as cache:
    env = dict(os.environ, TAIPAN_CACHE_DIR=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    outputs = []
    for run in range(2):
        result = subprocess.run(
            [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True,
        )
        outputs.append(result.stdout)
    print(outputs[0])
    print("second run the same:", outputs[0] == outputs[1])
    if outputs[0] != outputs[1]:
        print(outputs[1])
