# PYTHONIOENCODING="encoding[:errors]": the encoding (by its codec name) for
# all three standard streams, the error handler for stdin and stdout
# ("strict" when only an encoding is given); stderr keeps backslashreplace;
# -E ignores it.
import os
import subprocess
import sys

PROGRAM = ("import sys; print(chr(0xa2)); "
           "print([(s.encoding, s.errors) for s in (sys.stdin, sys.stdout, sys.stderr)])")
for setting in ["cp424", "ascii:replace", "latin-1", ":ignore", "utf-8:strict", "ascii:", ":"]:
    env = dict(os.environ, PYTHONIOENCODING=setting)
    for options in ([], ["-E"]):
        result = subprocess.run([sys.executable, *options, "-c", PROGRAM], env=env,
                                capture_output=True)
        lines = result.stdout.splitlines()
        print(setting, options, result.returncode, lines[:1], lines[1:] if not options else "")

env = dict(os.environ, PYTHONIOENCODING="ascii")
result = subprocess.run([sys.executable, "-c", "print(chr(0xa2))"], env=env, capture_output=True)
print(result.returncode, result.stdout, b"UnicodeEncodeError:" in result.stderr)
env = dict(os.environ, PYTHONIOENCODING="latin-1")
result = subprocess.run([sys.executable, "-c", "import sys; sys.exit('h\\xe9')"], env=env,
                        capture_output=True)
print(result.returncode, result.stderr)
