# resource: limits, constants, argument checks and struct_rusage.
import resource


def attempt(function, *args):
    try:
        print(function.__name__, args, "->", function(*args))
    except Exception as error:
        print(function.__name__, args, "raised", type(error).__name__, error)


names = sorted(name for name in dir(resource) if name.isupper())
print(names)
print([getattr(resource, name) for name in names])
print(resource.error is OSError)
print(resource.getpagesize() > 0, type(resource.getpagesize()).__name__)

# A limit round-trips through get, set and prlimit.
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE, [soft, hard]) == (soft, hard))
print(resource.getrlimit(resource.RLIMIT_FSIZE)[1] == resource.RLIM_INFINITY)

# Lowering the soft limit takes effect and can be undone.
core_soft, core_hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, core_hard))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, (core_soft, core_hard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (core_soft, core_hard))


class TwoItems:
    def __len__(self):
        return 2

    def __getitem__(self, index):
        if index in (0, 1):
            return (soft, hard)[index]
        raise IndexError


resource.setrlimit(resource.RLIMIT_NOFILE, TwoItems())
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))

attempt(resource.getrlimit, -1)
attempt(resource.getrlimit, 16)
attempt(resource.getrlimit, "x")
attempt(resource.getrlimit, 2**40)
attempt(resource.getrlimit, 1.0)
attempt(resource.getrlimit)
attempt(resource.getrlimit, 1, 2)
attempt(resource.setrlimit, 99, (1, 1))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (1,))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, [1, 2, 3])
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, 5)
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (1, "a"))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (2**64, 1))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (10**50, 1))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (5, 4))
attempt(resource.setrlimit, 1)
attempt(resource.prlimit)
attempt(resource.prlimit, 0)
attempt(resource.prlimit, 0, 0, 1, 2)
attempt(resource.prlimit, 0, 0, None)
attempt(resource.prlimit, -1, resource.RLIMIT_AS)
attempt(resource.prlimit, 2**40, 0)
attempt(resource.prlimit, 0, 99)
attempt(resource.getrusage, 5)
attempt(resource.getrusage)
attempt(resource.getpagesize, 1)
try:
    resource.getrlimit(resource=1)
except TypeError as error:
    print("keyword:", error)

for function in (resource.getrlimit, resource.setrlimit, resource.getrusage,
                 resource.getpagesize):
    print(function.__name__, function.__text_signature__)
print(resource.prlimit.__doc__)
