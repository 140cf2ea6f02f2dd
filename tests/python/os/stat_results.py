# os.stat/lstat/fstat on files the test makes: sizes, modes, link counts,
# times set through utime, and the stat_result struct sequence itself.
import os
import stat

base = "_tmp_stat_results"
os.mkdir(base)
path = os.path.join(base, "data.bin")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
os.write(fd, b"0123456789" * 3)
os.close(fd)
os.chmod(path, 0o640)

st = os.stat(path)
print(type(st).__name__, len(st), st.st_size, st[6] == st.st_size)
print(oct(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode))
print(st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid())
print(type(st.st_atime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
print(st[0] == st.st_mode, st[1] == st.st_ino, st[-1] == st[9], st[:3] == (st.st_mode, st.st_ino, st.st_dev))

os.utime(path, (1_000_000_000, 1_500_000_000.25))
st = os.stat(path)
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime(path, ns=(2_000_000_000_123_456_789, 3_000_000_000_000_000_001))
st = os.stat(path)
print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8])

dst = os.stat(base)
print(stat.S_ISDIR(dst.st_mode), stat.S_IMODE(dst.st_mode) & 0o700 == 0o700)

os.symlink("data.bin", os.path.join(base, "link"))
link = os.path.join(base, "link")
print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISREG(os.stat(link).st_mode))
print(stat.S_ISLNK(os.stat(link, follow_symlinks=False).st_mode))
print(os.lstat(link).st_size == len("data.bin"))

os.link(path, os.path.join(base, "hard"))
print(os.stat(path).st_nlink, os.stat(os.path.join(base, "hard")).st_ino == os.stat(path).st_ino)

fd = os.open(path, os.O_RDONLY)
print(os.fstat(fd).st_size, os.stat(fd).st_ino == os.stat(path).st_ino)
os.close(fd)

dir_fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
print(os.stat("data.bin", dir_fd=dir_fd).st_size)
os.close(dir_fd)

print(os.stat(path.encode()).st_size, os.path.getsize(path), os.path.getmtime(path))

for name in ["hard", "link", "data.bin"]:
    os.unlink(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
