# itertools.product parses its keywords as "|n:product"; repeat is checked
# against the pool count before any iterable is read; tee's n is a Py_ssize_t.
import itertools
import sys


def attempt(thunk):
    try:
        print(repr(thunk()))
    except Exception as error:
        print(type(error).__name__, error)


attempt(lambda: list(itertools.product(repeat=sys.maxsize)))
attempt(lambda: itertools.product("ab", repeat=sys.maxsize))
attempt(lambda: itertools.product("ab", repeat=2**63))
attempt(lambda: itertools.product("ab", repeat="x"))
attempt(lambda: itertools.product("ab", repeat=-1))
attempt(lambda: itertools.product("ab", foo=1))
attempt(lambda: itertools.product("ab", repeat=1, foo=1))
attempt(lambda: list(itertools.product("ab", repeat=0)))
attempt(lambda: list(itertools.product("ab", "c", repeat=2))[:3])


def never_read():
    print("read")
    yield 1


attempt(lambda: list(itertools.product(never_read(), repeat=0)))
attempt(lambda: itertools.tee("a", 2**70))
attempt(lambda: itertools.tee("a", "b"))
attempt(lambda: itertools.tee("a", -1))
