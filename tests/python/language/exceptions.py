# try/finally with return, break and continue; re-raise; exception attributes.
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())

def reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print(repr(e), e.args)

try:
    try:
        raise TypeError("first")
    finally:
        print("cleanup runs")
except TypeError as e:
    print("caught", e)

try:
    raise KeyError("k")
except (ValueError, KeyError) as e:
    print(type(e).__name__, str(e), repr(e))

class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except Exception as e:
    print(e, e.code, e.args, isinstance(e, MyError))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(type(e.__context__).__name__, e.__suppress_context__, e.__cause__)

e = ValueError("x")
e.add_note("note one")
print(e.__notes__)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError("a")))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
g = gen()
print(next(g))
g.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("generator caught", e)
c = catcher(); next(c); c.throw(ValueError("thrown in"))
