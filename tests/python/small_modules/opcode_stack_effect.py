# _opcode.stack_effect for CPython 3.11's instruction set, as opcode.py describes it.
import _opcode
import opcode

print(opcode.stack_effect is _opcode.stack_effect, opcode.HAVE_ARGUMENT)
for name, op in sorted(opcode.opmap.items(), key=lambda item: item[1]):
    if op < opcode.HAVE_ARGUMENT:
        effects = [_opcode.stack_effect(op, jump=j) for j in (None, True, False)]
    else:
        effects = [tuple(_opcode.stack_effect(op, arg, jump=j) for j in (None, True, False))
                   for arg in (0, 1, 2, 3, 4, 7, 8, 15, 255, 256, 257)]
    print(op, name, effects)
for op in range(-12, 0):
    try:
        print(op, [_opcode.stack_effect(op, jump=j) for j in (None, True, False)])
    except ValueError as e:
        print(op, "ValueError", e)
for args, kwargs in [((3,), {}), ((1, 0), {}), ((100,), {}), ((256,), {}), ((100, 2**32 + 5), {}),
                     ((102, 2**64), {}), ((2**40,), {}), (("x",), {}), ((93, 0), dict(jump=1)),
                     ((), {}), ((1,), dict(oparg=None))]:
    try:
        print(args, _opcode.stack_effect(*args, **kwargs))
    except (ValueError, TypeError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(_opcode.get_specialization_stats())
