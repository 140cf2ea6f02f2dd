# flock and lockf on a temporary file; conflicts between two open file
# descriptions with LOCK_NB; fcntl with a packed struct flock (F_GETLK,
# F_OFD_SETLK/F_OFD_GETLK).
import errno, fcntl, os, struct

base = "_tmp_fcntl_locks"
os.mkdir(base)
path = os.path.join(base, "data")
FLOCK = "hhqqi"  # struct flock on Linux x86_64: l_type, l_whence, l_start, l_len, l_pid

a = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
b = os.open(path, os.O_RDWR)
os.write(a, b"0123456789")

def attempt(label, call, *args):
    try:
        print(label, call(*args))
    except OSError as e:
        print(label, type(e).__name__, e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK))

# flock: per open file description
attempt("flock a EX", fcntl.flock, a, fcntl.LOCK_EX)
attempt("flock b EX|NB", fcntl.flock, b, fcntl.LOCK_EX | fcntl.LOCK_NB)
attempt("flock b SH|NB", fcntl.flock, b, fcntl.LOCK_SH | fcntl.LOCK_NB)
attempt("flock a UN", fcntl.flock, a, fcntl.LOCK_UN)
attempt("flock b EX|NB", fcntl.flock, b, fcntl.LOCK_EX | fcntl.LOCK_NB)
attempt("flock b UN", fcntl.flock, b, fcntl.LOCK_UN)
attempt("flock a SH", fcntl.flock, a, fcntl.LOCK_SH)
attempt("flock b SH|NB", fcntl.flock, b, fcntl.LOCK_SH | fcntl.LOCK_NB)
attempt("flock a EX|NB", fcntl.flock, a, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.flock(a, fcntl.LOCK_UN)
fcntl.flock(b, fcntl.LOCK_UN)

# lockf: POSIX record locks, per process (so the same process never conflicts)
attempt("lockf a EX", fcntl.lockf, a, fcntl.LOCK_EX)
attempt("lockf b EX|NB", fcntl.lockf, b, fcntl.LOCK_EX | fcntl.LOCK_NB)
attempt("lockf a range", fcntl.lockf, a, fcntl.LOCK_SH, 4, 2, os.SEEK_SET)
attempt("lockf a UN", fcntl.lockf, a, fcntl.LOCK_UN)
attempt("lockf a SH|NB end", fcntl.lockf, a, fcntl.LOCK_SH | fcntl.LOCK_NB, 0, -2, os.SEEK_END)
attempt("lockf a UN", fcntl.lockf, a, fcntl.LOCK_UN)

# F_GETLK with a struct flock: this process's own locks never conflict
query = struct.pack(FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
answer = fcntl.fcntl(a, fcntl.F_GETLK, query)
print(type(answer).__name__, len(answer), struct.unpack(FLOCK, answer)[0] == fcntl.F_UNLCK)

# open file description locks do conflict between a and b
lock = struct.pack(FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 5, 0)
print(fcntl.fcntl(a, fcntl.F_OFD_SETLK, lock) == lock)
got = struct.unpack(FLOCK, fcntl.fcntl(b, fcntl.F_OFD_GETLK, struct.pack(FLOCK, fcntl.F_RDLCK, 0, 0, 0, 0)))
print(got[0] == fcntl.F_WRLCK, got[1:4], got[4])
attempt("OFD b", fcntl.fcntl, b, fcntl.F_OFD_SETLK, struct.pack(FLOCK, fcntl.F_RDLCK, 0, 2, 1, 0))
print(len(fcntl.fcntl(b, fcntl.F_OFD_SETLK, struct.pack(FLOCK, fcntl.F_RDLCK, 0, 5, 1, 0))))
fcntl.fcntl(a, fcntl.F_OFD_SETLK, struct.pack(FLOCK, fcntl.F_UNLCK, 0, 0, 0, 0))
print(len(fcntl.fcntl(b, fcntl.F_OFD_SETLK, struct.pack(FLOCK, fcntl.F_WRLCK, 0, 0, 0, 0))))

# lockf argument errors
for args in [(a, 0), (a, fcntl.LOCK_NB), (a, fcntl.LOCK_SH, 1.5), (a, fcntl.LOCK_SH, 0, "x"),
             (a, fcntl.LOCK_SH, 2**63), (a, fcntl.LOCK_SH, 0, -2**64), (a, fcntl.LOCK_SH, 0, 0, 99),
             (a, fcntl.LOCK_SH, 0, 0, 2**40), (-1, fcntl.LOCK_SH), (99999, fcntl.LOCK_SH)]:
    try:
        print("lockf", fcntl.lockf(*args))
    except Exception as e:
        print("lockf", type(e).__name__, e)
for args in [(a, 1.5), (a, 2**40), (a, 0), (99999, fcntl.LOCK_SH), ("a", 1)]:
    try:
        print("flock", fcntl.flock(*args))
    except Exception as e:
        print("flock", type(e).__name__, e)

with open(path, "rb") as f:
    fcntl.flock(f, fcntl.LOCK_SH)
    attempt("flock b EX|NB vs file", fcntl.flock, b, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.lockf(f, fcntl.LOCK_UN)
os.close(a)
os.close(b)
os.unlink(path)
os.rmdir(base)
print(os.path.exists(base))
