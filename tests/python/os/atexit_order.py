# atexit: callbacks run at exit, last registered first, with their arguments;
# unregister removes every registration of a function; an exception in a
# callback (SystemExit too) is reported and the others still run, after the
# program's own traceback.
import atexit
import sys


class Callback:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<callback {self.name}>"

    def __call__(self, *args, **kwargs):
        print("running", self.name, args, kwargs)
        if self.name == "raises":
            raise ValueError("failure inside a callback")
        if self.name == "exits":
            sys.exit(5)


def plain():
    print("plain function")


print(atexit.register(Callback("first"), 1, 2, key="value").name)
atexit.register(Callback("raises"))
atexit.register(Callback("exits"))
print(atexit.register(plain) is plain)
atexit.register(plain)
atexit.register(Callback("last"))
print(atexit._ncallbacks())
atexit.unregister(plain)
print(atexit._ncallbacks())
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
print("end of the program")
raise RuntimeError("the program's own error")
