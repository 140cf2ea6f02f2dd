# CPython writes the time module's functions without Argument Clinic: they
# have no __text_signature__, so inspect.signature() finds none, and their
# docstrings open with a call form of their own.
import inspect
import time
import types
from unittest import mock

for name in ["ctime", "time", "sleep", "strftime", "monotonic_ns", "get_clock_info"]:
    func = getattr(time, name)
    print(name, func.__text_signature__, func.__doc__.splitlines()[0])
    try:
        print(inspect.signature(func))
    except ValueError as e:
        print("ValueError:", e)

# With no signature, an autospec accepts any arguments.
meth = types.MethodType(time.ctime, time.time())
mocked = mock.create_autospec(meth)
mocked(4, 5, 6)
mocked.assert_called_once_with(4, 5, 6)
print("autospec ok")
