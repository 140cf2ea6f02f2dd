# os.utime converts its times as CPython's pytime.c: float seconds rounded
# towards minus infinity, ns split by divmod, time_t range and NaN checks.
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, "f")
open(f, "w").close()
for t in [("a", 1), (float("nan"), 1), (2**64, 1), (1e30, 1), (-1.5, 1),
          (1.0000000005, 2), (1.002003 + 0.5e-9, 2), (-0.0000000001, 3),
          (5, 8)]:
    try:
        os.utime(f, t)
        st = os.stat(f)
        print(t, st.st_atime_ns, st.st_mtime_ns)
    except Exception as e:
        print(t, type(e).__name__, e)
for t in [(2**40, 1), ("a", 1), (1.5, 1), (-1, 5), (10**30, 1), (1002003000, 4)]:
    try:
        os.utime(f, ns=t)
        st = os.stat(f)
        print(t, st.st_atime_ns, st.st_mtime_ns)
    except Exception as e:
        print(t, type(e).__name__, e)
shutil.rmtree(d)
