# os.environ and os.environb over posix.environ, putenv/unsetenv, and what
# a child process (os.system) sees.
import os
import sys

def run(command):
    sys.stdout.flush()  # the child writes to the same descriptor
    return os.system(command)

key = "TAIPAN_OS_TEST_VAR"
print(key in os.environ, os.environ.get(key), os.getenv(key, "default"))
os.environ[key] = "first value"
print(os.environ[key], os.getenv(key), os.environb[key.encode()])
print(key in os.environ, key.encode() in os.environb)
print(run(f"echo child sees: ${key}"))
os.environb[key.encode()] = b"bytes value"
print(os.environ[key])
os.environ.setdefault(key, "ignored")
os.environ.setdefault("TAIPAN_OS_TEST_OTHER", "set by setdefault")
print(os.environ[key], os.environ["TAIPAN_OS_TEST_OTHER"])
print(os.environ.pop("TAIPAN_OS_TEST_OTHER"), "TAIPAN_OS_TEST_OTHER" in os.environ)
del os.environ[key]
print(key in os.environ, run(f"echo after delete: [${key}]"))
try:
    os.environ[key]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ[key]
except KeyError as e:
    print("KeyError", e)

os.putenv("TAIPAN_OS_PUTENV", "only for children")
print("TAIPAN_OS_PUTENV" in os.environ, run("echo putenv: $TAIPAN_OS_PUTENV"))
os.unsetenv("TAIPAN_OS_PUTENV")
print(run("echo unsetenv: [$TAIPAN_OS_PUTENV]"))

for bad in [("A=B", "x"), ("", "x"), ("X", "a\0b"), ("a\0b", "x")]:
    try:
        os.environ[bad[0]] = bad[1]
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    os.putenv(1, "x")
except TypeError as e:
    print("TypeError", e)

print(type(os.environ).__name__, type(os.environ.copy()).__name__)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(all(isinstance(k, bytes) for k in os.environb))
print(os.environ["HOME"] == os.path.expanduser("~"))
print(len(os.get_exec_path()) > 0, os.get_exec_path({"PATH": "/a:/b"}))
