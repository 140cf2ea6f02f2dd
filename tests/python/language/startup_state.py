# What a program sees at its start: nothing the interpreter ran before it
# (Taipan's start-up runs Python code of its own, vm/runtime/eval_primer.ts)
# leaves a class, a module, a handled exception or a name behind.
import sys

print(sys.exc_info())
print([c for c in object.__subclasses__() if c.__module__ in ("_eval_primer", "__main__")])
print(sorted(k for k in globals() if not k.startswith("__")))
print("_eval_primer" in sys.modules)


def f():
    try:
        name_that_is_not_bound
    except NameError as e:
        return type(e).__name__, e.args


print(f())
big = 1 << 40
print(big + big - 3 - big, [x for x in "ab"], 2 and 0 or 5, f"{big!r:>15}")
