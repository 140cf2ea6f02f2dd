def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed", i
print(swallow())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())
def gen_close():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_close(); print(next(g)); g.close()
def handler_var_scope():
    e = "before"
    try:
        raise KeyError("x")
    except KeyError as e:
        inner = repr(e)
    try:
        return e
    except NameError:
        return "e deleted, " + inner
print(handler_var_scope())
def del_cell():
    v = 1
    def get(): return v
    del v
    try:
        get()
    except NameError as err:
        return type(err).__name__
print(del_cell())
class Base:
    @classmethod
    def make(cls): return cls.__name__
class Derived(Base):
    @classmethod
    def make(cls): return "D+" + super().make()
print(Derived.make())
def side(tag, value):
    print("eval", tag)
    return value
print(side("a", 1) < side("b", 2) < side("c", 3))
print(side("a", 3) < side("b", 2) < side("c", 3))
data = {"k": [0, 0]}
def key(): print("key once"); return "k"
data[key()][side("i", 1)] += 5
print(data)
def star_ret():
    a = [1, 2]
    return *a, 3
print(star_ret())
def sy():
    yield *[1, 2], 3
print(list(sy()))
def mapping_guard(m):
    match m:
        case {"a": x, **rest} if x > 1:
            return ("big", x, rest)
        case {"a": x}:
            return ("small", x)
print(mapping_guard({"a": 2, "b": 3}), mapping_guard({"a": 1}))
class G:
    global GLOBAL_FROM_CLASS
    GLOBAL_FROM_CLASS = "set in class"
print(GLOBAL_FROM_CLASS)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as ve:
    print(type(ve.__context__).__name__)
def loop_else_break(items):
    for it in items:
        if it == 3:
            break
    else:
        return "no break"
    return "broke"
print(loop_else_break([1, 2]), loop_else_break([3]))
x = 10
def shadow():
    return [x for x in range(3)], x
print(shadow())
def kwonly_defaults(*, a=[]):
    a.append(1)
    return a
kwonly_defaults(); print(kwonly_defaults())
print((lambda *a, **k: (a, k))(1, 2, z=3))
nums = [3, 1, 2]
nums.sort(key=lambda n: -n); print(nums)
def multi_target():
    a = b = []
    a.append(1)
    (c, d), e = [1, 2], 3
    return b, c, d, e
print(multi_target())
def unpack_errors():
    try:
        a, b = [1, 2, 3]
    except ValueError as err:
        return str(err)
print(unpack_errors())
