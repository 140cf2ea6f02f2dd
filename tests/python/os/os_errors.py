# OSError subclasses from errno with errno, strerror, filename and filename2,
# their str and repr; and the argument errors of path and descriptor functions.
import os

base = "_tmp_os_errors"
os.mkdir(base)
path = os.path.join(base, "f")
os.close(os.open(path, os.O_CREAT | os.O_WRONLY))

def attempt(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, repr(e.filename), repr(e.filename2))
        print("   ", str(e), "|", repr(e), "|", e.args)
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("stat", os.stat, "no_such_file")
attempt("stat bytes", os.stat, b"no_such_file")
attempt("mkdir", os.mkdir, base)
attempt("rmdir file", os.rmdir, path)
attempt("rmdir full", os.rmdir, base)
attempt("unlink dir", os.unlink, base)
attempt("listdir file", os.listdir, path)
attempt("rename", os.rename, "no_src", "no_dst")
attempt("replace", os.replace, "no_src", os.path.join(base, "x"))
attempt("link", os.link, path, path)
attempt("symlink", os.symlink, "x", path)
attempt("readlink", os.readlink, path)
attempt("open", os.open, "no_such_file", os.O_RDONLY)
attempt("open excl", os.open, path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
attempt("open dir", os.open, base, os.O_WRONLY)
attempt("chdir", os.chdir, path)
attempt("chmod", os.chmod, "no_such_file", 0o644)
attempt("utime", os.utime, "no_such_file")
attempt("truncate", os.truncate, "no_such_file", 0)
attempt("close", os.close, 12345)
attempt("read", os.read, 12345, 1)
attempt("write", os.write, 12345, b"x")
attempt("lseek", os.lseek, 12345, 0, 0)
attempt("fstat", os.fstat, 12345)
attempt("dup", os.dup, 12345)
attempt("kill", os.kill, 999999999, 0)
attempt("stat list", os.stat, [1])
attempt("mkdir int", os.mkdir, 3)
attempt("listdir float", os.listdir, 1.5)
attempt("rename list", os.rename, [], "x")
attempt("stat nul", os.stat, "a\0b")
attempt("stat nul bytes", os.stat, b"a\0b")
attempt("rename nul", os.rename, "a\0b", "c")
attempt("rename mixed", os.rename, "a", b"b")
attempt("close str", os.close, "3")
attempt("utime both", os.utime, path, (1, 2), ns=(1, 2))
attempt("utime times", os.utime, path, (1,))
attempt("fspath", os.fspath, 3)

class BadPath:
    def __fspath__(self):
        return 42

attempt("bad fspath", os.stat, BadPath())
attempt("bad os.fspath", os.fspath, BadPath())

e = OSError(2, "No such file or directory", "x")
print(type(e).__name__, e.errno, e.filename, str(e))
print(os.error is OSError, os.strerror(1), "|", os.strerror(28))

# A descriptor given as the path: some functions name it in the error, some do not.
for label, func, args in [("stat", os.stat, ()), ("listdir", os.listdir, ()),
                          ("chdir", os.chdir, ()), ("chmod", os.chmod, (0o644,)),
                          ("truncate", os.truncate, (0,)), ("utime", os.utime, ()),
                          ("scandir", os.scandir, ()), ("statvfs", os.statvfs, ()),
                          ("fstatvfs", os.fstatvfs, ()), ("chown", os.chown, (0, 0)),
                          ("fstat", os.fstat, ())]:
    attempt("fd " + label, func, 12345, *args)

os.unlink(path)
os.rmdir(base)
