# Failures to start a program are raised in the parent as CPython's child
# reports them: the OSError subclass for the errno, with the program (or the
# cwd, when changing directory failed) as the filename.
import os
import subprocess
import tempfile


def attempt(*args, **kwargs):
    try:
        subprocess.run(*args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename))
    else:
        print("no error")


attempt(["nonexistent-cmd-xyz"])
attempt(["nonexistent-cmd-xyz", "arg"], env={"PATH": "/bin:/usr/bin"})
attempt(["/nonexistent/dir/prog"])
attempt(["/bin/echo"], cwd="/nonexistent-dir-xyz")
attempt("nonexistent-cmd-xyz")
attempt([b"/nonexistent-bytes"])
attempt(["/bin/echo", "x"], executable="/nonexistent-exe")

with tempfile.TemporaryDirectory() as tmp:
    plain = os.path.join(tmp, "plain")
    with open(plain, "w") as f:
        f.write("echo hi\n")
    os.chdir(tmp)
    attempt(["./plain"])                 # not executable
    os.chmod(plain, 0o755)
    attempt(["./plain"])                 # no #! line: exec format error
    os.mkdir("sub")
    attempt(["./sub"])                   # a directory
    attempt(["/bin/echo"], cwd="plain")  # cwd is a file
    attempt(["plain/x"])                 # a file used as a directory
    os.chdir("/")

# A shell that cannot find the command is a successful start.
r = subprocess.run("nonexistent-cmd-xyz 2>/dev/null", shell=True)
print(r.returncode)

# The pipes made for a child that failed to start are closed again.
before = len(os.listdir("/proc/self/fd"))
for _ in range(5):
    try:
        subprocess.run(["nonexistent-cmd-xyz"], capture_output=True, input=b"x")
    except FileNotFoundError:
        pass
print(len(os.listdir("/proc/self/fd")) - before)

try:
    subprocess.run(["/bin/echo", "a\0b"])
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["/bin/echo", 3])
except TypeError as e:
    print("TypeError", e)
try:
    subprocess.run(["/bin/echo"], env={"A=B": "1"})
except ValueError as e:
    print("ValueError", e)
