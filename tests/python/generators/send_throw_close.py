# send/throw/close and their edge cases.
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally runs")

g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
show(lambda: g.send(1))
show(lambda: next(g))

g2 = echo()
show(lambda: g2.send("x"))
print(g2.send(None))
show(lambda: g2.throw(ValueError("thrown")))
show(lambda: next(g2))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"
c = catcher()
next(c)
print(c.throw(ValueError("v1")), next(c), c.throw(ValueError, "v2"), next(c))
print(c.throw(ValueError).__class__.__name__)
show(lambda: c.throw(TypeError("escapes")))
show(lambda: next(c))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
ie = ignores_exit()
next(ie)
show(lambda: ie.close())

def return_in_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = return_in_exit()
next(r)
print(r.close())

def unstarted():
    print("never printed")
    yield
u = unstarted()
u.close()
show(lambda: next(u))
u2 = unstarted()
show(lambda: u2.throw(KeyError("k")))
show(lambda: next(u2))

def stop_value():
    yield 1
    return 42
sv = stop_value()
next(sv)
try:
    sv.send(None)
except StopIteration as e:
    print("value", e.value)
show(lambda: stop_value().throw(1))
show(lambda: stop_value().throw(ValueError("a"), ValueError("b")))
show(lambda: stop_value().throw(ValueError, 1, 2))
def tb_gen():
    yield
t = tb_gen()
next(t)
try:
    t.throw(ValueError("with tb"))
except ValueError as e:
    print(type(e.__traceback__).__name__)

def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2
y = yield_in_finally()
print(next(y), next(y))
show(lambda: next(y))
y2 = yield_in_finally()
next(y2)
show(lambda: y2.close())
