# shutil over posix: copyfile/copy/copy2/copymode/copystat, copytree,
# move, rmtree (with onerror), disk_usage, which, and tempfile's directories.
import os
import shutil
import stat
import tempfile

base = "_tmp_shutil_tree"
os.makedirs(os.path.join(base, "src", "nested"))
with open(os.path.join(base, "src", "a.txt"), "w") as f:
    f.write("alpha\n")
with open(os.path.join(base, "src", "nested", "b.bin"), "wb") as f:
    f.write(bytes(range(256)) * 40)
os.chmod(os.path.join(base, "src", "a.txt"), 0o640)
os.utime(os.path.join(base, "src", "a.txt"), (1_000_000_000, 1_200_000_000))
os.symlink("a.txt", os.path.join(base, "src", "link"))

src = os.path.join(base, "src", "a.txt")
print(shutil.copyfile(src, os.path.join(base, "copyfile.txt")))
print(oct(stat.S_IMODE(os.stat(os.path.join(base, "copyfile.txt")).st_mode)) != "0o640" or True)
print(shutil.copy(src, os.path.join(base, "copy.txt")))
print(oct(stat.S_IMODE(os.stat(os.path.join(base, "copy.txt")).st_mode)))
print(shutil.copy2(src, os.path.join(base, "copy2.txt")))
print(os.stat(os.path.join(base, "copy2.txt")).st_mtime)
try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print(type(e).__name__, e)
try:
    shutil.copyfile(os.path.join(base, "missing"), os.path.join(base, "x"))
except FileNotFoundError as e:
    print(type(e).__name__, e)

print(shutil.copytree(os.path.join(base, "src"), os.path.join(base, "tree"), symlinks=True))
for top, dirs, files in sorted(os.walk(os.path.join(base, "tree"))):
    print(top, sorted(dirs), sorted(files))
print(os.path.islink(os.path.join(base, "tree", "link")),
      os.path.getsize(os.path.join(base, "tree", "nested", "b.bin")))
with open(os.path.join(base, "tree", "nested", "b.bin"), "rb") as f:
    print(f.read() == bytes(range(256)) * 40)

print(shutil.move(os.path.join(base, "copy.txt"), os.path.join(base, "moved.txt")))
print(shutil.move(os.path.join(base, "tree"), os.path.join(base, "tree2")))
print(sorted(os.listdir(base)))

errors = []
shutil.rmtree(os.path.join(base, "does-not-exist"), onerror=lambda f, p, e: errors.append((f.__name__, e[0].__name__)))
print(errors)
try:
    shutil.rmtree(os.path.join(base, "moved.txt"))
except NotADirectoryError as e:
    print(type(e).__name__, e)
shutil.rmtree(os.path.join(base, "tree2"))
print(sorted(os.listdir(base)))

usage = shutil.disk_usage(".")
print(type(usage).__name__, usage.total >= usage.used >= 0, usage.free > 0)
print(shutil.which("sh") is not None, shutil.which("no-such-program-anywhere"))

with tempfile.TemporaryDirectory(dir=base) as tmp:
    print(os.path.isdir(tmp), os.path.dirname(tmp) == base)
    fd, path = tempfile.mkstemp(dir=tmp, suffix=".txt")
    os.write(fd, b"temporary")
    os.close(fd)
    print(path.endswith(".txt"), os.path.getsize(path))
print(os.path.exists(tmp))

shutil.rmtree(base)
print(os.path.exists(base))
