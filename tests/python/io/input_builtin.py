# input() reads a line from sys.stdin (prompt on sys.stdout), as CPython when not on a terminal.
import io
import sys

saved = sys.stdin, sys.stdout
sys.stdin = io.StringIO("first line\nsecond\r\nlast without newline")
sys.stdout = captured = io.StringIO()
answers = [input("name? "), input(), input(42)]
try:
    input("more? ")
except EOFError as e:
    answers.append(("EOFError", str(e)))
sys.stdin, sys.stdout = saved
print(answers)
print(repr(captured.getvalue()))


class Lines:
    def __init__(self, lines):
        self.lines = lines

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines(["from object\n"])
print(repr(input()))
sys.stdin = Lines([b"bytes\n", b"", 7])
print(repr(input()))
for _ in range(2):
    try:
        input()
    except Exception as e:
        print(type(e).__name__, e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = saved[0]
try:
    input("a", "b")
except TypeError as e:
    print("TypeError", e)
