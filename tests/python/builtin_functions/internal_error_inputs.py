# Inputs that used to reach internal (JS) errors: huge bisect bounds, non-str
# partial keywords and slot names, bad __format__ specs, exec closures.
import bisect, functools, sys

n = sys.maxsize
data = range(n - 1)
print(bisect.bisect_left(data, n - 3), bisect.bisect_right(data, n - 3))
print(bisect.bisect_left(data, n - 3, n - 10, n), bisect.bisect_right(data, n - 3, n - 10, n))
print(bisect.bisect([1, 2, 3], 2, 0, 2**40 if False else 3))

p = functools.partial(print)
p.keywords[1234] = "value"
print(repr(p))
try:
    p()
except TypeError as e:
    print(e)

class S(str):
    pass

class A:
    __slotnames__ = [S("spam")]
    def __getattr__(self, attr):
        if attr == "spam":
            return 42
        raise AttributeError(attr)

r = A().__reduce_ex__(2)
print(r[1][0].__name__, r[2:])

class B:
    __slotnames__ = [5]
try:
    B().__reduce_ex__(2)
except TypeError as e:
    print(e)

for value in [3, 1.5, 1j, object(), "s", True]:
    for spec in [None, 3, b"x"]:
        try:
            type(value).__format__(value, spec)
        except TypeError as e:
            print(type(value).__name__, e)

def outer():
    x = 10
    def inner():
        return x + 1
    return inner

inner = outer()
namespace = {}
exec(inner.__code__, namespace, closure=inner.__closure__)
for closure in [None, (), inner.__closure__ * 2, (1,), [inner.__closure__[0]]]:
    try:
        exec(inner.__code__, {}, closure=closure)
    except TypeError as e:
        print(e)
try:
    exec("x = 1", {}, closure=inner.__closure__)
except TypeError as e:
    print(e)
try:
    exec(compile("y = 2", "<s>", "exec"), {}, closure=inner.__closure__)
except TypeError as e:
    print(e)
try:
    eval(inner.__code__)
except TypeError as e:
    print(e)

def capture():
    z = 5
    def get():
        print("z is", z)
    return get
g = capture()
exec(g.__code__, {"print": print}, closure=g.__closure__)
