# try/except/else/finally with return, break and continue.
def order(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))

def return_override():
    try:
        return "try"
    finally:
        return "finally"
print(return_override())

def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())

def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer caught {e}")
    finally:
        log.append("outer finally")
    return log
print(nested())

def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "wrong"
        else:
            raise KeyError("from else")
    except KeyError as e:
        return f"caught {e!r}"
print(else_raises())

def loop_with_else():
    out = []
    for i in range(3):
        try:
            if i == 2:
                break
        finally:
            out.append(i)
    else:
        out.append("no break")
    return out
print(loop_with_else())

def while_continue():
    i = 0
    out = []
    while i < 4:
        i += 1
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(while_continue())

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gf = generator_finally()
for v in gf:
    break
gf.close()
print("after loop")

def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exception_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))

def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise
        finally:
            print("finally during reraise")
try:
    reraise()
except ValueError as e:
    print(e)
import sys
def exc_info_states():
    out = [sys.exc_info()[0]]
    try:
        raise KeyError
    except KeyError:
        out.append(sys.exc_info()[0].__name__)
        try:
            raise ValueError
        except ValueError:
            out.append(sys.exc_info()[0].__name__)
        out.append(sys.exc_info()[0].__name__)
    out.append(sys.exc_info()[0])
    return out
print(exc_info_states(), sys.exception() if hasattr(sys, "exception") else None)
