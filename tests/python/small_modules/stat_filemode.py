# stat.py over _stat: filemode, the S_IS* tests, S_IMODE/S_IFMT and the constants.
import stat
import _stat

for mode in [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755,
             0o102755, 0o101755, 0o107777, 0o106644, 0o041777, 0o041776, 0, 0o777, 0o170000]:
    tests = [name for name in ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK",
                               "S_ISSOCK", "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
             if getattr(stat, name)(mode)]
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), tests)
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
print(sorted((k, v) for k, v in vars(_stat).items() if k.isupper() and isinstance(v, int)))
print(stat.S_IMODE(2**32 - 1), stat.S_IFMT(True))
for bad in ["x", -1, 2**32, 2**70, 1.5, None]:
    try:
        print(stat.filemode(bad))
    except (TypeError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
