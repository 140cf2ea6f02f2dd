# sys.stdout/stderr/stdin are TextIOWrappers; print(file=...) and the buffers.
import io
import sys

print(sys.stdout.write("written\n"))
print(sys.stdout.write(""))
print(type(sys.stdout).__name__, type(sys.stdin).__name__, type(sys.stderr).__name__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(isinstance(sys.stdout, io.TextIOBase), sys.stdout.buffer.raw.closefd if hasattr(sys.stdout.buffer, "raw") else False)

sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print("after bytes", flush=True)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


rec = Recorder()
print("a", 1, None, sep="-", end="!\n", file=rec)
print(file=rec, flush=True)
print(rec.calls)

buf = io.StringIO()
print("to", "stringio", file=buf)
print(repr(buf.getvalue()))

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("restored", repr(captured))

try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
sys.stderr.write("to stderr\n")
print("errors escape \udc80", file=sys.stderr)
