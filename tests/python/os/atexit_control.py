# atexit._run_exitfuncs and _clear, sys.exit's status kept while callbacks
# run, and callbacks registered by callbacks.
import atexit
import sys

atexit.register(print, "ran early by _run_exitfuncs")
atexit._run_exitfuncs()
print("after _run_exitfuncs:", atexit._ncallbacks())

atexit.register(print, "cleared, never printed")
atexit._clear()
print("after _clear:", atexit._ncallbacks())


def outer():
    print("outer callback")
    atexit.register(print, "registered while exiting")


atexit.register(print, "registered first, runs last", sep=" | ", end=" <end>\n")
atexit.register(outer)
atexit.register(lambda: print("stdout still works:", sys.stdout is not None))
print("exiting with status 3")
sys.exit(3)
