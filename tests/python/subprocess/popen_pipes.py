# Popen with pipes: communicate (both directions, more than a pipe holds),
# stderr=STDOUT, reading the stdout file directly, files as stdout, the
# context manager.
import os
import subprocess
import tempfile

p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
out, err = p.communicate(b"line one\nline two\n")
print(out, err, p.returncode)

big = bytes(range(256)) * 4096  # 1 MiB
p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(big)
print(len(out), out == big, err, p.returncode)

script = "i=0; while [ $i -lt 2000 ]; do echo out$i; echo err$i >&2; i=$((i+1)); done"
p = subprocess.Popen(["/bin/sh", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                     text=True)
out, err = p.communicate()
print(len(out.splitlines()), len(err.splitlines()), out.splitlines()[-1], err.splitlines()[-1])

with subprocess.Popen(["/bin/sh", "-c", "echo a; echo b >&2; echo c"],
                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as p:
    print(sorted(p.stdout.read().splitlines()))
print(p.returncode, p.stdout.closed)

with subprocess.Popen(["/bin/echo", "readline"], stdout=subprocess.PIPE) as p:
    print(p.stdout.readline(), p.stdout.readline())
print(p.returncode)

p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("written\n")
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

with tempfile.TemporaryFile() as f:
    subprocess.run(["/bin/echo", "into a file"], stdout=f)
    subprocess.run(["/bin/sh", "-c", "echo and stderr >&2"], stderr=f.fileno())
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(subprocess.run(["/bin/cat"], stdin=f, capture_output=True).stdout)

r, w = os.pipe()
subprocess.run(["/bin/echo", "to a raw pipe"], stdout=w)
os.close(w)
print(os.read(r, 100))
os.close(r)

p = subprocess.Popen(["/bin/echo", "no pipes"], stdout=subprocess.DEVNULL)
print(p.stdin, p.stdout, p.stderr, p.wait())
print(p.communicate())
