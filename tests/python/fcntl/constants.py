# The fcntl module's constants, functions, docstrings and text signatures.
import fcntl

print(sorted((k, v) for k, v in vars(fcntl).items() if k.isupper()))
print(sorted(k for k in vars(fcntl) if not k.isupper() and not k.startswith("__")))
print(fcntl.__name__, fcntl.__doc__.splitlines()[0])
for name in ["fcntl", "ioctl", "flock", "lockf"]:
    f = getattr(fcntl, name)
    print(repr(f), f.__module__, f.__text_signature__)
    print(f.__doc__.splitlines()[0], len(f.__doc__))
print(fcntl.F_GETLK == fcntl.F_GETLK64, fcntl.LOCK_RW == fcntl.LOCK_READ | fcntl.LOCK_WRITE)
