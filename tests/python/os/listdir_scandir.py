# listdir and scandir on a tree the test makes: names as str or bytes,
# DirEntry's answers for files, directories and symlinks, listing by descriptor.
import os

base = "_tmp_listdir_scandir"
os.mkdir(base)
os.mkdir(os.path.join(base, "sub"))
for name in ["b.txt", "a.txt", "é.txt"]:
    fd = os.open(os.path.join(base, name), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, name.encode() * 2)
    os.close(fd)
os.symlink("a.txt", os.path.join(base, "to_a"))
os.symlink("sub", os.path.join(base, "to_sub"))
os.symlink("missing", os.path.join(base, "dangling"))

print(sorted(os.listdir(base)))
print(sorted(os.listdir(base.encode())))
print(sorted(os.listdir(os.path.join(base, "sub"))))
fd = os.open(base, os.O_RDONLY)
print(sorted(os.listdir(fd)))
os.close(fd)

with os.scandir(base) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(repr(entry), entry.name, entry.path, os.fspath(entry) == entry.path)
        print("  dir", entry.is_dir(), entry.is_dir(follow_symlinks=False),
              "file", entry.is_file(), entry.is_file(follow_symlinks=False),
              "link", entry.is_symlink())
        if entry.name != "dangling":
            print("  size", entry.stat().st_size if entry.is_file() else "dir",
                  entry.inode() == entry.stat(follow_symlinks=False).st_ino)

for entry in os.scandir(base.encode()):
    if entry.name == b"a.txt":
        print(entry, entry.path, entry.name)

it = os.scandir(base + "/")
first = next(it)
print(first.path.startswith(base + "/") and "//" not in first.path)
it.close()
try:
    next(it)
except StopIteration:
    print("closed iterator is exhausted")

fd = os.open(base, os.O_RDONLY)
print(sorted(e.name for e in os.scandir(fd)), sorted(e.path for e in os.scandir(fd))[:1])
os.close(fd)
print(type(os.scandir(base)).__name__, os.DirEntry.__name__)

try:
    os.listdir(os.path.join(base, "a.txt"))
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.scandir("no_such_dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)

for name in ["a.txt", "b.txt", "é.txt", "to_a", "to_sub", "dangling"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(base in os.listdir("."))
