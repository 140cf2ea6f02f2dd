# The test suites pyodide strips from its zip (CPython's `test` package and
# the `test` subpackages of unittest and ctypes) come from the installed
# CPython 3.11 Lib, as they do in a CPython whose test suite is installed:
# `python -m unittest` run in Lib/unittest/test finds unittest.test.
import os
import pkgutil
import subprocess
import sys
import unittest
import unittest.test
import ctypes.test
import test.support


def tail(path, parts):
    return "/".join(path.split(os.sep)[-parts:])


print(tail(unittest.test.__file__, 3), tail(ctypes.test.__file__, 3))
print(tail(test.support.__file__, 3), test.support.__name__)
print("test" in [module.name for module in pkgutil.iter_modules(unittest.__path__)])
import unittest.test.testmock.testsentinel as sentinel_tests

print(sentinel_tests.__name__)

here = os.path.dirname(unittest.test.__file__)
for args in (["_test_warnings"], ["discover", "-p", "*_test*", "-k", "TestWarnings"]):
    run = subprocess.run([sys.executable, "-E", "-m", "unittest", *args], cwd=here,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    print(args, [line for line in run.stderr.splitlines() if line.startswith("Ran ")][0][:11])
