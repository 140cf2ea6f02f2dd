# BaseExceptionGroup / ExceptionGroup construction rules, messages and
# attributes.

def attempt(cls, *args, **kwargs):
    try:
        group = cls(*args, **kwargs)
    except Exception as e:
        print(f"{cls.__name__}: {type(e).__name__}: {e}")
    else:
        print(f"{cls.__name__}: {type(group).__name__} {group!r} / {group}")


for cls in (BaseExceptionGroup, ExceptionGroup):
    attempt(cls)
    attempt(cls, "only message")
    attempt(cls, 1, [ValueError()])
    attempt(cls, "msg", 1)
    attempt(cls, "msg", None)
    attempt(cls, "msg", [])
    attempt(cls, "msg", ())
    attempt(cls, "msg", [1])
    attempt(cls, "msg", [ValueError(), "x"])
    attempt(cls, "msg", [ValueError()], 3)
    attempt(cls, "msg", [ValueError()], extra=1)
    attempt(cls, "msg", {ValueError(): 1})
    attempt(cls, "one", [ValueError(1)])
    attempt(cls, "two", (ValueError(1), TypeError(2)))
    attempt(cls, "base", [KeyboardInterrupt()])
    attempt(cls, "mixed", [ValueError(), SystemExit(2)])
    attempt(cls, "nested", [ExceptionGroup("inner", [OSError(3)])])

print("attributes")
members = [ValueError(1), TypeError(2)]
eg = ExceptionGroup("things", members)
print(eg.message, eg.exceptions, eg.args, eg.args[1] is members)
print(type(eg.exceptions).__name__, eg.exceptions[0] is members[0])
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, None)
    except AttributeError as e:
        print("AttributeError:", e)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__)
print(str(ExceptionGroup("", [ValueError()])))

print("subclasses")


class Errors(ExceptionGroup):
    pass


class BaseErrors(BaseExceptionGroup):
    pass


attempt(Errors, "custom", [ValueError()])
attempt(Errors, "custom", [KeyboardInterrupt()])
attempt(BaseErrors, "custom base", [ValueError()])
attempt(BaseErrors, "custom base", [KeyboardInterrupt()])


class WithCode(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return WithCode(self.message, excs, self.code)


w = WithCode("coded", [ValueError(1)], 7)
print(type(w).__name__, w.code, repr(w), w.args)

print("raising and catching as a whole")
try:
    raise ExceptionGroup("whole", [ValueError(1)])
except ExceptionGroup as caught:
    print("caught", repr(caught), caught.__traceback__ is not None)
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("not reached")
except BaseExceptionGroup as caught:
    print("caught base", repr(caught))
