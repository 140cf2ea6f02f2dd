# posix._path_normpath (posixpath.normpath's C half) on every path of up to 8
# characters over '/', '.', 'a', random ones with NULs, surrogates and
# non-ASCII, and its argument errors; os.path.normpath through it.
import itertools
import os.path
import posix
import random
import zlib

results = []
for n in range(9):
    for chars in itertools.product("/.a", repeat=n):
        path = "".join(chars)
        results.append((path, posix._path_normpath(path)))
rnd = random.Random(5)
pieces = ["/", ".", "b", "\x00", "\udc80", "\ud83d", "\ude00", "\xe9", "..", "//"]
for _ in range(5000):
    path = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(14)))
    results.append((path, posix._path_normpath(path)))
print(len(results), zlib.crc32(ascii(results).encode()))

for path in ["", ".", "..", "/", "//", "///", "//a//b/", "./", "./.", ".//..", "a/..", "a/../..",
             "/../a", "//..", "../a/..", "a/.../..", "..a/..", "\ud83d\ude00/../x", "a\x00/./b"]:
    print(ascii(path), ascii(posix._path_normpath(path)), ascii(os.path.normpath(path)))


class Path(str):
    pass


print(ascii(posix._path_normpath(Path("a//b/../c/"))), posix._path_normpath(path="x/./y"))
for bad in (b"a", None, 3):
    try:
        posix._path_normpath(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.path.normpath(b"//x/../y/"), os.path.normpath(b""), os.path.normpath(b"a/\xff/.."))
print(os.path.abspath("/tmp/./x/../y"), os.path.relpath("/a/b/c", "/a/d"))
