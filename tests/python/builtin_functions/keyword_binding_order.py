# Builtins that take keyword arguments check them in _PyArg_UnpackKeywords'
# order: the total count first ("at most", keyword-only calls say "keyword
# argument"), then missing required arguments, then duplicates and unknown
# keywords.
import itertools


def attempt(thunk):
    try:
        print(repr(thunk()))
    except Exception as error:
        print(type(error).__name__, error)


attempt(lambda: itertools.combinations(1, 2, 3))
attempt(lambda: itertools.combinations(iterable=1, r=2, x=3))
attempt(lambda: itertools.combinations(x=1))
attempt(lambda: itertools.combinations("a", 1, r=2))
attempt(lambda: itertools.combinations("a", r=2, x=1))
attempt(lambda: itertools.combinations(r=2, x=1))
attempt(lambda: int.from_bytes(b"a", "big", 1, 2))
attempt(lambda: int.from_bytes(b"a", "big", 1))
attempt(lambda: int.from_bytes(b"a", "big", x=1))
attempt(lambda: "a b".split(" ", 1, 2))
attempt(lambda: "a b".split(" ", 1, sep=2))
attempt(lambda: "a b".split(maxsplit=1, sep=" ", x=2))
attempt(lambda: sorted([], key=None, reverse=False, x=1))
