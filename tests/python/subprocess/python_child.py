# The interpreter running itself as a child (sys.executable).
import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "import sys; print(6 * 7); sys.exit(5)"],
                   capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.read().upper())"],
                   input="piped through a child\n", capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run([sys.executable, "-c", "raise ValueError('in the child')"],
                   capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
r = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('CHILD_VAR'))"],
                   env={"CHILD_VAR": "set"}, capture_output=True, text=True)
print(r.stdout, end="")
