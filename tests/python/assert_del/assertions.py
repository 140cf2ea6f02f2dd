# assert: messages, evaluation order, AssertionError attributes, and rebinding.
def check(thunk):
    try:
        thunk()
        print("passed")
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args)

def plain(v):
    assert v
check(lambda: plain(1))
check(lambda: plain(0))
check(lambda: plain([]))
def with_message(v):
    assert v, f"value was {v!r}"
check(lambda: with_message(""))
def non_str_message(v):
    assert v, {"detail": v}
check(lambda: non_str_message(None))
def tuple_message():
    assert False, (1, 2)
check(tuple_message)

calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
def lazy(v):
    assert v, msg()
check(lambda: lazy(True))
print(calls)
check(lambda: lazy(False))
print(calls)

def tuple_assert():
    assert (False, "always true tuple")
check(tuple_assert)

class Falsy:
    def __bool__(self):
        return False
check(lambda: plain(Falsy()))
class BoolRaises:
    def __bool__(self):
        raise ValueError("bool failed")
try:
    plain(BoolRaises())
except ValueError as e:
    print(type(e).__name__, e)

# assert uses the builtin AssertionError even if the name is rebound
AssertionError_backup = AssertionError
def rebound():
    AssertionError = KeyError
    assert False, "still AssertionError"
try:
    rebound()
except AssertionError_backup as e:
    print(type(e).__name__, e)
except KeyError:
    print("KeyError?!")
print(__debug__)
try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    print(e, e.__traceback__.tb_lineno)
