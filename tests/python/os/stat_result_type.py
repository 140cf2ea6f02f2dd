# The struct sequences of os: stat_result, terminal_size, uname_result, times_result.
import os


r = os.stat_result(tuple(range(10)))
print(r)
print(r.st_mode, r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r = os.stat_result(tuple(range(19)))
print(r.st_atime, r.st_atime_ns, r.st_rdev, len(r), r[9])
r = os.stat_result(tuple(range(10)), {"st_atime": 2.5, "st_blocks": 7})
print(r.st_atime, r.st_blocks, r.st_mtime)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)
print(os.stat_result.__module__, os.stat_result.__name__)
for bad in [(1,), tuple(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.stat_result(tuple(range(10)), 5)
except TypeError as e:
    print("TypeError", e)
try:
    r.st_mode = 1
except AttributeError as e:
    print("AttributeError", e)

cls, args = r.__reduce__()
again = cls(*args)
print(again == r, again.st_atime, again.st_blocks, type(again).__name__)
print(r.__reduce__()[0] is os.stat_result)

t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, tuple(t), t == (80, 24))
try:
    os.terminal_size((80,))
except TypeError as e:
    print("TypeError", e)

u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0] == u.sysname)
print([type(x).__name__ for x in u])
t = os.times()
print(type(t).__name__, type(t).__module__, len(t), [type(x).__name__ for x in t])
print(t.elapsed == t[4], t.user >= 0)
match os.stat_result(tuple(range(10))):
    case os.stat_result(st_mode=mode, st_size=size):
        print("matched", mode, size)
