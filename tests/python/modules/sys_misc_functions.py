# sys: flags and version_info cannot be instantiated; switch interval,
# api_version, call_tracing and intern's argument checks.
import sys
for value in (sys.flags, sys.version_info):
    try:
        type(value)(value)
    except TypeError as e:
        print(e)
    try:  # CPython's message names tuple.__new__'s safety check; Taipan's is the one above
        type(value).__new__(type(value), value)
    except TypeError as e:
        print("TypeError")
print(type(sys.float_info)(sys.float_info) == sys.float_info)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(e)
sys.setswitchinterval(0.005)
print(sys.api_version, sys.call_tracing(divmod, (7, 2)))
try:
    sys.call_tracing(divmod, [7, 2])
except TypeError as e:
    print(e)
class S(str):
    pass
for value in ("abc", S("x"), b"x"):
    try:
        print(sys.intern(value))
    except TypeError as e:
        print(e)
