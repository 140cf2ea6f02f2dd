# _thread in one thread: lock and RLock state rules and messages (importlib and functools need it).
import _thread
l=_thread.allocate_lock(); print(repr(l)[:25]); l.acquire(); print(repr(l)[:23], l.locked())
print(l.acquire(False), l.acquire(timeout=0.01))
try: l.acquire(False, 1)
except ValueError as e: print(e)
try: l.acquire(True, -2)
except ValueError as e: print(e)
l.release()
try: l.release()
except RuntimeError as e: print(e)
r=_thread.RLock(); print(repr(r)[:44]); r.acquire(); r.acquire(); print(r._is_owned()); r.release(); r.release()
try: r.release()
except RuntimeError as e: print(e)
print(_thread.TIMEOUT_MAX, _thread.error, _thread.LockType, type(r), _thread._count())
with l: print(l.locked())
print(l.locked(), type(_thread.get_ident()))
with r:
    with r:
        print(r._is_owned())
print(r._is_owned())
