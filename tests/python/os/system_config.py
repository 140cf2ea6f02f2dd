# sysconf/confstr/pathconf, device numbers, priorities, FIFOs and special
# files, record locks and preallocation.
import os
import stat

print(os.confstr("CS_GNU_LIBC_VERSION").split()[0], os.confstr("CS_PATH") is not None)
print(os.pathconf(".", "PC_NAME_MAX"), os.pathconf(".", os.pathconf_names["PC_PATH_MAX"]))
print(os.fpathconf(os.open(".", os.O_RDONLY), "PC_NAME_MAX"), os.sysconf("SC_OPEN_MAX") > 0)
print(len(os.pathconf_names), os.confstr_names["CS_PATH"], os.sysconf_names["SC_PAGESIZE"])
for attempt in [lambda: os.confstr("CS_NO_SUCH"), lambda: os.sysconf("SC_NO_SUCH"),
                lambda: os.pathconf("no_such_path", "PC_NAME_MAX"),
                lambda: os.fpathconf(9999, "PC_NAME_MAX"), lambda: os.confstr(1.5)]:
    try:
        print(attempt())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

dev = os.stat("/dev/null").st_rdev
print(os.major(dev), os.minor(dev), os.makedev(os.major(dev), os.minor(dev)) == dev)
print(os.makedev(259, 70000), os.major(os.makedev(4096, 3)), os.minor(os.makedev(1, 300000)))
print(os.getresuid() == (os.getuid(), os.geteuid(), os.geteuid()), len(os.getresgid()))
print(os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
os.setuid(os.getuid())
os.seteuid(os.geteuid())
os.setgid(os.getgid())
os.sched_yield()

base = "_tmp_system_config"
os.mkdir(base)
fifo = os.path.join(base, "fifo")
os.mkfifo(fifo, 0o600)
print(stat.S_ISFIFO(os.stat(fifo).st_mode), oct(stat.S_IMODE(os.stat(fifo).st_mode)))
os.unlink(fifo)
os.mknod(fifo, 0o600 | stat.S_IFIFO)
print(stat.S_ISFIFO(os.lstat(fifo).st_mode))
os.unlink(fifo)
path = os.path.join(base, "data")
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
os.posix_fallocate(fd, 0, 4096)
print(os.fstat(fd).st_size)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
os.lockf(fd, os.F_TLOCK, 0)
os.lockf(fd, os.F_ULOCK, 0)
os.close(fd)
try:
    os.posix_fallocate(9999, 0, 1)
except OSError as e:
    print(type(e).__name__, e)
os.unlink(path)
os.rmdir(base)
