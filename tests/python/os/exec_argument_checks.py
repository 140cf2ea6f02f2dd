# execv/execve/execvpe check their arguments, in CPython's order and with its
# messages, before any exec is tried.
import os


class Mapping:
    def keys(self):
        return ["A"]

    def values(self):
        return ["b"]

    def __getitem__(self, key):
        return "b"


class NonIterableKeys(dict):
    def keys(self):
        return 5


def attempt(func, *args):
    try:
        func(*args)
    except Exception as e:
        print(func.__name__, type(e).__name__, e)


missing = "/nonexistent-dir-for-exec-test/prog"
for argv in [(), ("",), [b""], "ab", [1], None]:
    attempt(os.execv, "notepad", argv)
attempt(os.execv, 5, ["x"])
for argv, env in [(("",), {}), ([], {}), (("x",), []), (("x",), 5), (("x",), {1: 2}),
                  (("x",), {"a": 2}), (("x",), {"a=b": "c"}), (("x",), {"": "c"}),
                  (("x",), {"a": "b\0"}), (("x",), NonIterableKeys(a=1))]:
    attempt(os.execve, "notepad", argv, env)
attempt(os.execve, missing, ["x"], {"=a": "c"})
attempt(os.execve, missing, ["x"], os.environ)
attempt(os.execve, missing, ["x"], {b"A": b"B"})
attempt(os.execve, missing, ["x"], Mapping())
attempt(os.execve, 1.5, ["x"], {})
for argv, env in [([], None), ([], {}), ([""], {})]:
    attempt(os.execvpe, "notepad", argv, env)
