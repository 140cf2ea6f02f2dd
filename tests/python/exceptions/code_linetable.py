# code.co_linetable is CPython 3.11's location table; code.replace() takes a
# new one (or a new co_firstlineno, which moves the lines it holds), and
# co_positions(), f_lineno, tb_lineno and tracebacks follow it.
import sys
import traceback


def f():
    a = 1
    b = [a, a + 1, a + 2, a + 3]
    return b[0] / 0


code = f.__code__
print(type(code.co_linetable).__name__, len(code.co_linetable) > 0)
same = code.replace(co_linetable=code.co_linetable)
print(list(same.co_positions()) == list(code.co_positions()))
print(list(same.co_lines()) == list(code.co_lines()))

moved = code.replace(co_firstlineno=code.co_firstlineno + 100)
print([p[0] - q[0] for p, q in zip(moved.co_positions(), code.co_positions())][:4])
print(moved.co_firstlineno - code.co_firstlineno)

# Hand-made entries, one code unit each: short form, one-line form (line + 1),
# no columns (line - 1), long form (line + 5 to line + 7), no location.
table = bytes([
    0x80, 0x25,              # short: column 2, end column 7
    0xD8, 4, 9,              # one line, delta 1: columns 4..9
    0xE8, 0x03,              # no columns, delta -1
    0xF0, 10, 4, 3, 12,      # long: delta 5, end delta 2, columns 2..11
    0xF8,                    # no location
    0x81, 0x00,              # short form, two units: column 0..0
])
made = code.replace(co_linetable=table)
first = made.co_firstlineno
for lineno, end_lineno, col, end_col in list(made.co_positions())[:7]:
    print(None if lineno is None else lineno - first,
          None if end_lineno is None else end_lineno - first, col, end_col)

# No location anywhere: the frame's line is None, the traceback's -1.
f.__code__ = code.replace(co_linetable=b"\xf8" * 40)
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_lineno)
    lines = traceback.format_exception(e)
    print(lines[-2].replace(__file__, "FILE"), end="")

for bad in ["x", 1]:
    try:
        code.replace(co_linetable=bad)
    except TypeError as e:
        print(e)
