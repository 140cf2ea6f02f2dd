# sys.exit with a tuple, sys.flags' bool fields, sys.thread_info,
# sys.excepthook with a non-exception value and a bytes SyntaxError
# filename, and sys.tracebacklimit in the printed report.
import subprocess
import sys

for status in (42,), (42, 43), "text", None:
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(e.code))
print(type(sys.flags.dev_mode).__name__, type(sys.flags.safe_path).__name__,
      type(sys.flags.optimize).__name__)
print(len(sys.thread_info), sys.thread_info.name in ("pthread", "pthread-stubs"))
sys.excepthook(1, "1", 1)
try:
    raise SyntaxError("msg", (b"bytes_filename", 123, 0, "text"))
except SyntaxError:
    sys.__excepthook__(*sys.exc_info())

code = """if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %s
    f2()
"""
for limit in "10", "2", "1", "0", "-1", "1 << 1000", "-1 << 1000", "None", "True", "'x'":
    result = subprocess.run([sys.executable, "-c", code % limit], capture_output=True, text=True)
    print(limit, result.returncode)
    print(result.stderr, end="")
