# os.walk (top-down and bottom-up, with pruning), os.fwalk, os.makedirs and
# os.removedirs on a tree the test makes.
import os

base = "_tmp_walk"
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "d"), mode=0o755)
os.makedirs(os.path.join(base, "d"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "d"))
except FileExistsError as e:
    print(type(e).__name__, e)
for name in ["a/one.txt", "a/b/two.txt", "d/three.txt", "top.txt"]:
    os.close(os.open(os.path.join(base, name), os.O_CREAT | os.O_WRONLY))
os.symlink("a", os.path.join(base, "link_to_a"))

def show(walker):
    for top, dirs, files in walker:
        dirs.sort()
        print(top, sorted(dirs), sorted(files))

show(os.walk(base))
print("--- bottom-up")
for top, dirs, files in sorted(os.walk(base, topdown=False)):
    print(top, sorted(dirs), sorted(files))
print("--- followlinks")
show(os.walk(base, followlinks=True))
print("--- pruned")
for top, dirs, files in os.walk(base):
    dirs[:] = [d for d in sorted(dirs) if d != "a"]
    print(top, dirs, sorted(files))
print("--- bytes")
for top, dirs, files in os.walk(base.encode()):
    print(top, sorted(dirs), sorted(files))
    break
print("--- errors")
errors = []
print(list(os.walk("no_such_tree", onerror=errors.append)), [type(e).__name__ for e in errors])
print("--- fwalk")
for top, dirs, files, dir_fd in os.fwalk(base):
    dirs.sort()
    print(top, sorted(dirs), sorted(files), type(dir_fd).__name__)

for top, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.unlink(os.path.join(top, name))
    for name in dirs:
        path = os.path.join(top, name)
        if os.path.islink(path):
            os.unlink(path)
        else:
            os.rmdir(path)
os.makedirs(os.path.join(base, "x", "y"))
os.removedirs(os.path.join(base, "x", "y"))
print(os.path.exists(base))
