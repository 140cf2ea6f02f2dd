# try/except* (PEP 654): each clause runs once with its part, naked
# exceptions are wrapped, what handlers raise or re-raise is reassembled.

def describe(exc):
    if isinstance(exc, BaseExceptionGroup):
        return f"{type(exc).__name__}({exc.message!r}, [{', '.join(describe(e) for e in exc.exceptions)}])"
    return repr(exc)


def attempt(label, body):
    try:
        body()
    except BaseException as exc:
        print(f"{label}: escaped {describe(exc)}")
    else:
        print(f"{label}: completed")


group = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), OSError(4)])])


def all_handled():
    try:
        raise group
    except* ValueError as e:
        print("  ValueError clause", describe(e))
    except* (TypeError, OSError) as e:
        print("  Type/OS clause", describe(e))
    else:
        print("  else not run")
    finally:
        print("  finally runs")


def partly_handled():
    try:
        raise group
    except* TypeError as e:
        print("  TypeError clause", describe(e))


def naked_match():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped:", describe(e), e.exceptions[0].__traceback__ is not None)


def naked_no_match():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("  not run")


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def reraise_keeps_structure():
    try:
        raise group
    except* ValueError:
        raise
    except* OSError:
        pass


def raise_new():
    try:
        raise group
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        raise KeyError("another")


def raise_new_with_rest():
    try:
        raise group
    except* TypeError:
        raise RuntimeError("replacement")


def raise_from_naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise TypeError("converted") from e


def no_exception():
    try:
        print("  body ok")
    except* ValueError:
        print("  not run")
    else:
        print("  else runs")


def clause_order():
    try:
        raise ExceptionGroup("order", [KeyError(1), IndexError(2)])
    except* LookupError as e:
        print("  first matching clause takes all", describe(e))
    except* KeyError as e:
        print("  never")


def nested_try():
    try:
        try:
            raise group
        except* ValueError as e:
            print("  inner handled", describe(e))
    except* TypeError as e:
        print("  outer handled", describe(e))
    except* OSError as e:
        print("  outer handled", describe(e))


def exception_in_handler_context():
    try:
        raise ExceptionGroup("ctx", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inside")
        except KeyError as inner:
            print("  context is the matched part:", describe(inner.__context__))


def base_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  base clause", describe(e))


for name, body in [
    ("all_handled", all_handled),
    ("partly_handled", partly_handled),
    ("naked_match", naked_match),
    ("naked_no_match", naked_no_match),
    ("naked_reraise", naked_reraise),
    ("reraise_keeps_structure", reraise_keeps_structure),
    ("raise_new", raise_new),
    ("raise_new_with_rest", raise_new_with_rest),
    ("raise_from_naked", raise_from_naked),
    ("no_exception", no_exception),
    ("clause_order", clause_order),
    ("nested_try", nested_try),
    ("exception_in_handler_context", exception_in_handler_context),
    ("base_exceptions", base_exceptions),
]:
    attempt(name, body)

print("invalid clause types")


def catch_group():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def catch_group_in_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


def catch_non_exception():
    try:
        raise ValueError(1)
    except* int:
        pass


for body in (catch_group, catch_group_in_tuple, catch_non_exception):
    attempt(body.__name__, body)

print("reraised parts keep the original traceback")
try:
    try:
        raise group
    except* ValueError:
        raise
except ExceptionGroup as escaped:
    print(escaped.__traceback__ is not None, escaped is not group, describe(escaped))
    print(escaped.exceptions[0] is group.exceptions[0])

print("handler raising in a loop body")
results = []
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        results.append(e.exceptions[0].args[0])
print(results)

print("raise e is a new raise, bare raise is a re-raise")
for how in ("raise e", "raise e.exceptions[0]", "raise"):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            if how == "raise e":
                raise e
            if how == "raise e.exceptions[0]":
                raise e.exceptions[0]
            raise
    except ExceptionGroup as escaped:
        print(" ", how, "->", describe(escaped))
