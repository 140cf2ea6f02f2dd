# print() writes each argument as soon as it is converted, as CPython's
# builtin_print does: an argument whose __str__ raises leaves the earlier
# arguments and separators written.
import io
import sys


class Bad:
    def __str__(self):
        raise ValueError("no str")


class Noisy:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print("[str of", self.name + "]", file=sys.stderr)
        return self.name


try:
    print("a", "b", Bad(), "c", sep="-")
except ValueError as e:
    print()
    print("ValueError:", e)
sys.stdout.flush()

buffer = io.StringIO()
try:
    print(1, 2, Bad(), sep=", ", end="!\n", file=buffer)
except ValueError:
    pass
print(repr(buffer.getvalue()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)


rec = Recorder()
print("x", Noisy("y"), 3, sep="|", file=rec)
print(rec.calls)
rec = Recorder()
try:
    print("x", Bad(), file=rec)
except ValueError:
    pass
print(rec.calls)

# A stream that fails to write after the first argument: the later arguments
# are not converted.
closed = io.StringIO()
closed.close()
try:
    print(Noisy("first"), Noisy("second"), file=closed)
except ValueError as e:
    print("ValueError:", e)
