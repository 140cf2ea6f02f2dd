# shell=True, env=, cwd=, executable=, the PATH search (the env's PATH when
# env is given), path-like and bytes arguments, getoutput/getstatusoutput.
import os
import pathlib
import subprocess
import tempfile

print(subprocess.run("echo $((6 * 7)) | tr 4 X", shell=True, capture_output=True, text=True).stdout)
print(subprocess.run(["echo first; echo", "ignored-arg"], shell=True, capture_output=True).stdout)
print(subprocess.run("echo $0", shell=True, executable="/bin/sh", capture_output=True).stdout)
print(subprocess.run(["name-for-argv0", "-c", "echo $0"], executable="/bin/sh",
                     capture_output=True).stdout)

r = subprocess.run(["/usr/bin/env"], env={"FOO": "bar", "EMPTY": ""}, capture_output=True, text=True)
print(sorted(r.stdout.splitlines()))
r = subprocess.run(["/usr/bin/env"], env={}, capture_output=True, text=True)
print(repr(r.stdout))
os.environ["TAIPAN_SUBPROCESS_TEST"] = "inherited"
r = subprocess.run("echo $TAIPAN_SUBPROCESS_TEST", shell=True, capture_output=True, text=True)
print(r.stdout, end="")
del os.environ["TAIPAN_SUBPROCESS_TEST"]
r = subprocess.run("echo [$TAIPAN_SUBPROCESS_TEST]", shell=True, capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["/usr/bin/env"], env={b"BYTES": b"value"}, capture_output=True)
print(r.stdout)

print(subprocess.run(["echo", "found on PATH"], capture_output=True).stdout)
print(subprocess.run(["echo", "env PATH"], env={"PATH": "/nonexistent:/bin"},
                     capture_output=True).stdout)
print(subprocess.run("/bin/pwd", cwd="/usr", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["pwd"], cwd=pathlib.Path("/"), capture_output=True, text=True).stdout, end="")
print(subprocess.run(["pwd"], cwd=b"/usr/lib", capture_output=True, text=True).stdout, end="")

with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "d"))
    script = os.path.join(tmp, "d", "script")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho \"script ran in ${PWD##*/} with $*\"\n")
    os.chmod(script, 0o755)
    print(subprocess.run(["./script", "a b", "c"], cwd=os.path.join(tmp, "d"),
                         capture_output=True).stdout)
    print(subprocess.run(["script"], env={"PATH": os.path.join(tmp, "d")},
                         capture_output=True, cwd=os.path.join(tmp, "d")).stdout)
    print(subprocess.run([pathlib.Path(script), b"bytes", pathlib.Path("path")],
                         capture_output=True, cwd=pathlib.Path(tmp, "d")).stdout)

print(subprocess.run([pathlib.Path("/bin/echo"), "path-like program"], capture_output=True).stdout)
print(subprocess.getoutput("echo one; echo two >&2; exit 3"))
print(subprocess.getstatusoutput("echo out; exit 4"))
print(subprocess.getstatusoutput("kill -9 $$"))
print(subprocess.check_output("printf 'no newline'", shell=True, text=True))
