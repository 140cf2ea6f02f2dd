# Argument errors of a builtin module's functions name the module, as
# CPython's do ("sys.getrecursionlimit() takes no arguments (1 given)").
import sys

for call in [
    lambda: sys.getrecursionlimit(1),
    lambda: sys.get_int_max_str_digits(1),
    lambda: sys.displayhook(),
    lambda: sys.unraisablehook(1, 2),
    lambda: sys.getdefaultencoding(x=1),
    lambda: sys.setrecursionlimit(),
]:
    try:
        call()
    except TypeError as e:
        print(e)

for name in ["get_int_max_str_digits", "getsizeof", "displayhook", "excepthook",
             "unraisablehook", "breakpointhook", "__displayhook__"]:
    print(name, getattr(sys, name).__module__)
print(len.__module__, print.__module__)

# sys.audit parses its arguments by hand: its own message for a missing event,
# no text signature.
import inspect

print(repr(sys.audit.__text_signature__), repr(sys.audit.__doc__))
try:
    inspect.signature(sys.audit)
except ValueError as e:
    print(e)
for call in [lambda: sys.audit(), lambda: sys.audit(event="x"), lambda: sys.audit(1),
             lambda: sys.audit("e", 1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
