# sys.setprofile: 'call' and 'return' for Python frames, 'c_call',
# 'c_return' and 'c_exception' for builtins called from Python code (bound
# methods of builtin types reported bound), no 'line' events.
import sys

events = []


def name_of(arg):
    return getattr(arg, "__qualname__", None) or repr(arg)


def profiler(frame, event, arg):
    shown = name_of(arg) if event.startswith("c_") else arg
    events.append((event, frame.f_code.co_name, shown))


def run(func, *args):
    events.clear()
    sys.setprofile(profiler)
    try:
        result = func(*args)
    except Exception as error:
        result = "raised " + type(error).__name__
    sys.setprofile(None)
    print(func.__name__, "->", result)
    for event in events:
        print("   ", event)


def builtins_called():
    xs = [3, 1, 2]
    xs.append(len(xs))
    xs.sort()
    d = dict(a=1)
    d.get("a")
    list.append(xs, 5)
    print("printed", sep="")
    max(*xs)
    sorted(xs, key=abs)
    return sum(xs)


def builtin_raises():
    try:
        len(5)
    except TypeError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    return "ok"


def gen():
    yield 1
    yield 2


def generators():
    return [x for x in gen()]


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Box(%r)" % self.value


def python_methods():
    b = Box(1)
    return repr(b)


def propagates():
    raise ValueError("no")


for func in [builtins_called, builtin_raises, generators, python_methods, propagates]:
    run(func)


# sys.getprofile returns what was installed; a profile function that raises
# is removed and its exception propagates.
def failing(frame, event, arg):
    if event == "c_call":
        raise RuntimeError("from the profiler")


def calls_len():
    return len("abc")


def quiet(frame, event, arg):
    pass


sys.setprofile(quiet)
print(sys.getprofile() is quiet)
sys.setprofile(None)
try:
    sys.setprofile(failing)
    calls_len()
except RuntimeError as error:
    print("caught", error)
print(sys.getprofile())


# The profile function is not profiled, and code it runs is not either.
def noisy(frame, event, arg):
    helper_events.append(event)
    len("x")


def helper():
    return 1


helper_events = []
sys.setprofile(noisy)
helper()
sys.setprofile(None)
print(helper_events)
