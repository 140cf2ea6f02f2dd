# Item range checks: CPython's OverflowError messages per typecode.
import array


class Index:
    def __index__(self):
        return 3


class Floaty:
    def __float__(self):
        return 2.5


values = [2 ** 7, -2 ** 7 - 1, 2 ** 8, -1, 2 ** 15, -2 ** 15 - 1, 2 ** 16, 2 ** 31,
          -2 ** 31 - 1, 2 ** 32, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 2 ** 100, -2 ** 100,
          1.5, "x", Index(), True, None]
for code in "bBhHiIlLqQ":
    for value in values:
        try:
            a = array.array(code, [value])
        except Exception as e:
            result = type(e).__name__ + ": " + str(e)
        else:
            result = repr(a)
        label = type(value).__name__ if isinstance(value, Index) else repr(value)
        print(code, label, result)
for code in "fd":
    for value in (1, 1.5, "x", Floaty(), Index(), 1e300, 2 ** 2000, None, True, float("nan")):
        try:
            a = array.array(code, [value])
        except Exception as e:
            result = type(e).__name__ + ": " + str(e)
        else:
            result = repr(a)
        print(code, type(value).__name__, result)
for value in ("a", "ab", "", 1, b"a", "😀"):
    try:
        a = array.array("u", [value])
    except Exception as e:
        print("u", repr(value), type(e).__name__, e)
    else:
        print("u", repr(value), a)
a = array.array("b", [1, 2, 3])
for thunk in (lambda: a.append(128), lambda: a.insert(0, -129), lambda: a.__setitem__(0, 300),
              lambda: a.extend([1, 1000]), lambda: a.fromlist([1, 2, 1000])):
    try:
        thunk()
    except OverflowError as e:
        print("OverflowError", e, a)
