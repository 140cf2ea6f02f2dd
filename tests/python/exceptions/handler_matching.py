# except clauses: tuples, subclasses, order, bare except, name unbinding, exception identity.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
    except:
        return "bare"
for exc in [KeyError("k"), IndexError, ZeroDivisionError, OverflowError("o"), ValueError, KeyboardInterrupt]:
    print(classify(exc))

def nested_tuple():
    try:
        raise TypeError
    except ((ValueError, (TypeError,)),) if False else (ValueError, TypeError):
        return "matched"
print(nested_tuple())

class Custom(LookupError):
    pass
try:
    raise Custom("c")
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, isinstance(e, KeyError))

def same_object():
    err = ValueError("same")
    try:
        raise err
    except ValueError as e:
        return e is err
print(same_object())

def class_raised():
    try:
        raise ValueError
    except ValueError as e:
        return type(e).__name__, e.args
print(class_raised())

def dynamic_tuple(types):
    try:
        raise KeyError("dyn")
    except types:
        return "caught by dynamic"
print(dynamic_tuple((KeyError,)), dynamic_tuple(LookupError))
try:
    dynamic_tuple(())
except KeyError as e:
    print("empty tuple catches nothing:", e)

def exception_var_deleted():
    e = 1
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}"
print(exception_var_deleted())

def reraise_different():
    try:
        raise ValueError("v")
    except ValueError:
        raise TypeError("t")
try:
    reraise_different()
except TypeError as e:
    print(type(e.__context__).__name__)

def bare_raise_outside():
    raise
try:
    bare_raise_outside()
except RuntimeError as e:
    print(type(e).__name__, e)

def raise_in_handler_then_handled():
    try:
        raise KeyError
    except KeyError:
        try:
            raise ValueError
        except ValueError:
            pass
        raise
try:
    raise_in_handler_then_handled()
except KeyError as e:
    print("re-raised the KeyError")

class Unhashable(Exception):
    __hash__ = None
try:
    raise Unhashable("u")
except Unhashable as e:
    print("unhashable exceptions are fine:", e)
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb.tb_frame.f_code.co_name)
print(sys.exc_info())
