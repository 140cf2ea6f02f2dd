# The builtins site adds: exit/quit, copyright/credits/license, help.
import builtins, sys
for name in ["exit", "quit", "copyright", "credits", "license", "help"]:
    print(name, type(getattr(builtins, name)).__name__, getattr(builtins, name).__class__.__module__)
print(repr(exit), repr(quit))
print(repr(credits).splitlines()[0])
print(type(license).__name__)
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", e.code, sys.stdin.closed)
quit(5)
