# A function called from a traced loop that reads its caller's locals
# through the frame sees the interpreter's values (the trace writes the
# loop's locals back before calling Python code).
import sys


def peek(depth=1):  # a default argument: called, not inlined
    f = sys._getframe(depth)
    return f.f_locals["i"], f.f_locals["acc"], f.f_lineno


def loop(n):
    acc = 0.5
    for i in range(n):
        acc = acc * 1.0001 + i
        if i % 1000 == 999:
            seen = peek()
            print(seen[0], round(seen[1], 3), seen[2])
    return round(acc, 3)


print(loop(3000))
