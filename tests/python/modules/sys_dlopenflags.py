# sys.getdlopenflags/setdlopenflags: RTLD_NOW by default, a C int kept as given.
import sys
print(sys.getdlopenflags())
for a in [(), ('a',), (2**40,), (1.5,), (-1,), (True,)]:
    try: sys.setdlopenflags(*a); print(sys.getdlopenflags())
    except Exception as e: print(type(e).__name__, e)
try: sys.getdlopenflags(42)
except Exception as e: print(type(e).__name__, e)
sys.setdlopenflags(2)
