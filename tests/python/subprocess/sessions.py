# Sessions, process groups and the umask of the child.
import os
import subprocess

cmd = ["/bin/sh", "-c", "ps -o pid=,sid=,pgid= -p $$"]


def ids(**kwargs):
    pid, sid, pgid = subprocess.run(cmd, capture_output=True, text=True, **kwargs).stdout.split()
    return {"new session": pid == sid, "own group": pid == pgid,
            "parent's group": int(pgid) == os.getpgrp()}


print(ids())
print(ids(start_new_session=True))
print(ids(process_group=0))
print(ids(preexec_fn=os.setsid))
print(ids(preexec_fn=os.setpgrp))

old = os.umask(0o022)
print(subprocess.run(["/bin/sh", "-c", "umask"], capture_output=True, text=True).stdout, end="")
print(subprocess.run(["/bin/sh", "-c", "umask"], capture_output=True, text=True,
                     umask=0o077).stdout, end="")
print(oct(os.umask(old)))  # the parent's umask is unchanged

print(subprocess.run(["/bin/echo", "same user"], user=os.getuid(), group=os.getgid(),
                     extra_groups=os.getgroups(), capture_output=True).stdout)
