# os.path over posix: existence and kind tests, sizes, realpath through
# symlinks, relative names; printed relative to the test's directory.
import os

base = "_tmp_path_functions"
os.mkdir(base)
file = os.path.join(base, "file.txt")
fd = os.open(file, os.O_CREAT | os.O_WRONLY)
os.write(fd, b"12345")
os.close(fd)
os.symlink("file.txt", os.path.join(base, "link"))
os.symlink("nowhere", os.path.join(base, "broken"))
os.mkdir(os.path.join(base, "dir"))

for name in ["file.txt", "link", "broken", "dir", "missing"]:
    p = os.path.join(base, name)
    print(name, os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p),
          os.path.islink(p), os.path.ismount(p))
print(os.path.getsize(file), os.path.samefile(file, os.path.join(base, "link")))
print(os.path.relpath(os.path.realpath(os.path.join(base, "link"))))
print(os.path.relpath(os.path.abspath(file)), os.path.isabs(os.path.abspath(file)))
print(os.path.relpath(os.path.join(base, "dir"), base), os.path.commonpath([file, base]))
print(os.path.join(base, "a", "..", "b"), os.path.normpath(os.path.join(base, "a", "..", "b")))
print(os.path.split(file), os.path.splitext(file), os.path.basename(file), os.path.dirname(file))
print(os.path.ismount("/"), os.path.exists(b"/"), os.path.isdir(os.curdir))
print(os.path.getmtime(file) == os.stat(file).st_mtime, os.path.samestat(os.stat(file), os.stat(file)))
old = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()), os.path.exists("file.txt"), os.getcwdb().endswith(base.encode()))
os.chdir(os.pardir)
print(os.getcwd() == old)
fd = os.open(base, os.O_RDONLY)
os.fchdir(fd)
print(os.path.basename(os.getcwd()))
os.chdir(old)
os.close(fd)
print(os.access(file, os.R_OK | os.W_OK), os.access(os.path.join(base, "missing"), os.F_OK))
os.chmod(file, 0o444)
print(oct(os.stat(file).st_mode & 0o777))
print(os.readlink(os.path.join(base, "link")), os.readlink(os.path.join(base, "link").encode()))
for name in ["file.txt", "link", "broken"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "dir"))
os.rmdir(base)
