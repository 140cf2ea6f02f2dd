"""A single-threaded stand-in for _thread, only so that stdlib_integration.py can
import functools and collections before Taipan has a native _thread; once it
does, the builtin module is found first and this file is never imported."""
def get_ident(): return 1
class LockType:
    def __init__(self): self.locked_ = False
    def acquire(self, blocking=True, timeout=-1): self.locked_ = True; return True
    def release(self): self.locked_ = False
    def locked(self): return self.locked_
    __enter__ = acquire
    def __exit__(self, *a): self.release()
allocate_lock = LockType
class RLock(LockType): pass
error = RuntimeError
TIMEOUT_MAX = 1e9
