# int()/float() arguments: str subclass instances, keywords, the deprecated
# protocol results (strict subclasses, __trunc__), int.from_bytes/to_bytes
# with __bytes__ and str-subclass byteorders, float.__getformat__, NaN hashes.
import warnings


def show(f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = f()
            print(repr(result), type(result).__name__)
        except Exception as e:
            print(type(e).__name__, e)
    for w in caught:
        print("  ", w.category.__name__, w.message)


class CustomStr(str):
    pass


class CustomBytes(bytes):
    pass


show(lambda: int(CustomStr("100")))
show(lambda: int(CustomStr("11"), 2))
show(lambda: float(CustomStr("1.5")))
show(lambda: int(CustomBytes(b"12")))
show(lambda: int(base=10))
show(lambda: int(x="100", base=2))


class FloatSub(float):
    pass


class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


show(lambda: FloatSub(x=0))
show(lambda: WithInit(2.5, newarg=3).newarg)


class BadInt:
    def __int__(self):
        return True


class JustTrunc:
    def __trunc__(self):
        return 42


class FloatReturnsSub:
    def __float__(self):
        return FloatSub(2.5)


class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1


show(lambda: int(BadInt()))
show(lambda: int(JustTrunc()))
show(lambda: float(FloatReturnsSub()))
show(lambda: float(FooStr("8")))

show(lambda: float.__getformat__("double"))
show(lambda: float.__getformat__("chicken"))
show(lambda: float.__getformat__(1))


class ValidBytes:
    def __bytes__(self):
        return b"\x01"


class InvalidBytes:
    def __bytes__(self):
        return "abc"


class MissingBytes:
    pass


show(lambda: int.from_bytes(ValidBytes()))
show(lambda: int.from_bytes(InvalidBytes()))
show(lambda: int.from_bytes(MissingBytes()))
show(lambda: int.from_bytes([1, 2]))
show(lambda: int.from_bytes(b"\x00\x01", CustomStr("little")))
show(lambda: (1).to_bytes(2, CustomStr("little")))

nan = float("nan")
print(hash(nan) == object.__hash__(nan))


class H:
    def __hash__(self):
        return 42


class F(float, H):
    pass


value = F("nan")
print(hash(value) == object.__hash__(value))
value = complex(nan, 1)
print(hash(value) == object.__hash__(value))
