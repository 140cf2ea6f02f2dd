# Descriptors in the child: pass_fds, close_fds (on by default), inheritable
# descriptors with close_fds=False, and the standard streams when the parent
# passes descriptors 0-2 around.
import os
import subprocess


def write_to(fd, text, **kwargs):
    cmd = f"echo {text} > /proc/self/fd/{fd}"
    return subprocess.run(["/bin/sh", "-c", cmd], stderr=subprocess.DEVNULL, **kwargs).returncode


r, w = os.pipe()
print(os.get_inheritable(w))
print(write_to(w, "passed", pass_fds=(w,)))
print(os.get_inheritable(w))  # the parent's flag is unchanged
print(write_to(w, "not-passed"))
os.set_inheritable(w, True)
print(write_to(w, "inheritable-but-closed"))
print(write_to(w, "inheritable-kept", close_fds=False))
os.set_inheritable(w, False)
print(write_to(w, "non-inheritable", close_fds=False))
os.close(w)
print(os.read(r, 1000))
os.close(r)

# The child's own descriptors beyond 2: none are left open by close_fds.
out = subprocess.run(["/bin/sh", "-c", "ls /proc/self/fd"], capture_output=True, text=True).stdout
print(sorted(int(fd) for fd in out.split()) [:3])

# stdout and stderr both onto the same pipe, stdin from a pipe.
r, w = os.pipe()
r2, w2 = os.pipe()
os.write(w2, b"from stdin\n")
os.close(w2)
subprocess.run(["/bin/sh", "-c", "cat; echo err >&2"], stdin=r2, stdout=w, stderr=w)
os.close(w)
os.close(r2)
print(os.read(r, 1000))
os.close(r)

# stdout=2: the child's stdout is the parent's stderr (dup of a low descriptor).
import sys
sys.stdout.flush()
subprocess.run(["/bin/sh", "-c", "echo to-stderr; echo to-stdout >&2"], stdout=2, stderr=1)
sys.stdout.flush()
subprocess.run(["/bin/echo", "after swap"])
