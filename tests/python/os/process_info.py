# Facts about the process: ids, uname, times, umask, os.system's wait
# statuses and the W* macros, strerror, urandom, cpu_count, sysconf. Only
# facts that do not depend on how the test is launched: the shell kills
# itself with SIGKILL because a launcher may ignore SIGTERM, and the session
# and group ids are compared rather than assumed positive.
import os
import sys

print(os.getpid() > 1, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), os.getpgrp() == os.getpgid(os.getpid()))
print(type(os.getgroups()).__name__, os.getsid(0) == os.getsid(os.getpid()), os.getpgid(0) == os.getpgrp())
u = os.uname()
print(u.sysname, len(u), all(isinstance(x, str) for x in u), u.machine == os.uname()[4])
t = os.times()
print(len(t), all(isinstance(x, float) for x in t), t.user >= 0, t.elapsed > 0)
old = os.umask(0o027)
print(oct(os.umask(old)), oct(os.umask(old)) == oct(old))


def system(command):
    sys.stdout.flush()
    return os.system(command)


for command in ["true", "exit 3", "echo from the shell", "kill -KILL $$"]:
    status = system(command)
    print(command, "->", status, os.WIFEXITED(status), os.WIFSIGNALED(status),
          os.waitstatus_to_exitcode(status))
for status in [0, 0x0300, 9, 0x89, 0x137F, 0xFFFF]:
    print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status),
          os.WCOREDUMP(status), os.WIFCONTINUED(status))
try:
    os.waitstatus_to_exitcode(0x137F)
except ValueError as e:
    print("ValueError", e)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e)

print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(0))
print(len(os.urandom(0)), len(os.urandom(100000)), type(os.urandom(4)).__name__)
print(len(os.getrandom(8)), type(os.cpu_count()).__name__, os.cpu_count() > 0)
print(os.sysconf("SC_PAGE_SIZE") > 0, os.sysconf(os.sysconf_names["SC_CLK_TCK"]) > 0)
try:
    os.sysconf("SC_NO_SUCH_NAME")
except ValueError as e:
    print("ValueError", e)
print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.devnull, os.curdir, os.pardir)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.O_NONBLOCK, os.O_CLOEXEC, os.O_DIRECTORY, os.O_NOFOLLOW, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.EX_OK, os.EX_USAGE, os.WNOHANG)
print(os.device_encoding(10000), os.get_terminal_size.__name__)
try:
    r, w = os.pipe()
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e.errno)
finally:
    os.close(r)
    os.close(w)
