# subprocess.run and friends on simple commands: captured output, text mode,
# return codes, CompletedProcess, check=True.
import subprocess

r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True)
print(r)
print(type(r.stdout).__name__, r.returncode, r.args)
r.check_returncode()

r = subprocess.run(["/bin/echo", "text", "mode"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))

r = subprocess.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, repr(e.output), repr(e.stderr))

print(subprocess.call(["/bin/false"]))
print(subprocess.call(["/bin/sh", "-c", "exit 7"]))
print(subprocess.check_call(["/bin/sh", "-c", "exit 0"]))
print(subprocess.check_output(["/bin/echo", "checked"]))
print(subprocess.check_output(["/bin/echo", "checked"], text=True), end="")
print(subprocess.check_output(["/bin/cat"], input=b"fed through stdin"))
print(subprocess.run(["/bin/cat"], input="a\r\nb\rc\n", capture_output=True, text=True).stdout.splitlines())
print(subprocess.run(["/bin/cat"], input=b"a\r\nb\n", capture_output=True).stdout)

try:
    subprocess.run(["/bin/sh", "-c", "echo partial; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.stdout, e.output is e.stdout)

try:
    subprocess.check_output(["/bin/false"])
except subprocess.CalledProcessError as e:
    print(repr(e))

print(subprocess.run(["/bin/echo", "discarded"], stdout=subprocess.DEVNULL))
print(subprocess.run(["/bin/sh", "-c", "echo to-devnull >&2"], stderr=subprocess.DEVNULL).returncode)
