# compile(), exec() and eval() with the default optimize=-1 compile at the
# interpreter's level (-O drops asserts and folds __debug__, -OO drops
# docstrings too); an explicit level overrides it.
import subprocess
import sys

CHILD = r'''
import sys
print(sys.flags.optimize, eval("__debug__"))
try:
    exec("assert False, 'assert ran'")
    print("assert dropped")
except AssertionError as error:
    print(error)
ns = {}
exec(compile("def f():\n    'doc'\n", "s", "exec"), ns)
print(ns["f"].__doc__)
exec(compile("def g():\n    'doc'\n", "s", "exec", optimize=0), ns)
print(ns["g"].__doc__)
try:
    exec(compile("assert False, 'explicit 0'", "s", "exec", optimize=0))
except AssertionError as error:
    print(error)
print(eval(compile("__debug__", "s", "eval", optimize=1)))
'''

for flags in ([], ["-O"], ["-OO"]):
    result = subprocess.run([sys.executable, *flags, "-c", CHILD], capture_output=True, text=True)
    print(flags, result.stdout.split("\n"), result.stderr)
