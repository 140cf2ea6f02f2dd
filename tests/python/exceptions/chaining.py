# Exception chaining: __context__, __cause__, __suppress_context__, with_traceback, add_note.
def show_chain(e):
    out = []
    while e is not None:
        out.append((type(e).__name__, str(e), e.__suppress_context__))
        e = e.__cause__ or e.__context__
    return out

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(show_chain(e), e.__cause__)

try:
    try:
        raise ValueError("first")
    except ValueError as v:
        raise TypeError("second") from v
except TypeError as e:
    print(show_chain(e), e.__cause__ is e.__context__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise RuntimeError("cause class") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

for bad in [1, "x", object()]:
    try:
        raise ValueError from bad
    except TypeError as e:
        print(type(e).__name__, e)

e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = "s"
except TypeError as err:
    print(type(err).__name__, err)

def make_tb():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__
tb = make_tb()
e2 = KeyError("k")
print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb)
try:
    e2.with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
e2.__traceback__ = None
print(e2.__traceback__)

err = ValueError("with notes")
err.add_note("note one")
err.add_note("note two")
print(err.__notes__)
try:
    err.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
plain = ValueError()
print(hasattr(plain, "__notes__"))

# implicit chaining of a self-raise is not circular
try:
    try:
        raise ValueError("loop")
    except ValueError as v:
        raise v
except ValueError as v2:
    print(v2.__context__)

def cycle():
    a = ValueError("a")
    b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as final:
            return final, final.__context__ is b, b.__context__ is None
print(cycle()[1:])
try:
    try:
        1 / 0
    finally:
        raise ValueError("in finally")
except ValueError as e:
    print(type(e.__context__).__name__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise ValueError("after handled")
except ValueError as e:
    print(e.__context__)
