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
