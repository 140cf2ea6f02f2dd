# throw(type, value, traceback) on generators and coroutines: how the
# exception is built from the arguments, and the traceback argument becoming
# the exception's traceback (seen in the final uncaught report).

def get_tb():
    try:
        raise KeyError("for tb")
    except KeyError as e:
        return e.__traceback__


def g():
    try:
        yield 1
    except ValueError as e:
        print("  caught", repr(e))
        yield 2


async def c():
    await Suspend()


class Suspend:
    def __await__(self):
        yield "suspended"


for args in [
    (ValueError,),
    (ValueError, "message"),
    (ValueError, ValueError("instance as value")),
    (ValueError("instance"),),
    (ValueError("instance"), None, None),
]:
    x = g()
    next(x)
    print(x.throw(*args))

for args in [
    (ValueError("instance"), 1),
    (ValueError, None, 5),
    (1,),
    (int,),
    ("ValueError",),
]:
    for make in (g, c):
        x = make()
        x.send(None)
        try:
            x.throw(*args)
        except TypeError as e:
            print(make.__name__, "TypeError:", e)
        x.close()

tb = get_tb()
x = g()
next(x)
x.throw(ValueError, ValueError("with traceback"), tb)
x = c()
x.send(None)
x.throw(OSError, OSError("never reached"), tb)
