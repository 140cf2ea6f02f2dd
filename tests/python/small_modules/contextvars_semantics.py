# ContextVar get/set/reset, defaults, Token attributes and its use-once rules.
import contextvars
from contextvars import ContextVar, Token


def shape(obj):
    """repr without the address."""
    return repr(obj).split(" at 0x")[0]


v = ContextVar("v")
w = ContextVar("w", default=5)
print(shape(v), shape(w), v.name, w.name)
print(w.get(), w.get(7), v.get("fallback"), v.get(None))
try:
    v.get()
except LookupError as e:
    print("LookupError", e.args[0] is v, type(e).__name__)

t1 = v.set(1)
print(v.get(), t1.var is v, t1.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t1)
print(v.get("unset again"))

try:
    v.reset(t1)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='v'"),
          str(e).endswith("has already been used once"))

other = ContextVar("other")
t3 = other.set("x")
try:
    v.reset(t3)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))

t4 = v.set("in main")
ctx = contextvars.Context()


def reset_elsewhere():
    try:
        v.reset(t4)
    except ValueError as e:
        print("ValueError", str(e).endswith("was created in a different Context"))


ctx.run(reset_elsewhere)
print(shape(t4).startswith("<Token var=<ContextVar name='v'"))
v.reset(t4)
print(shape(t4).startswith("<Token used var="))

for label, f in [
    ("reset(1)", lambda: v.reset(1)),
    ("ContextVar(1)", lambda: ContextVar(1)),
    ("ContextVar('a', 1)", lambda: ContextVar("a", 1)),
    ("Token()", lambda: Token()),
]:
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    v.name = "renamed"
except AttributeError as e:
    print("AttributeError", e)

w.set(None)
print(w.get(), w.get(3))
print(ContextVar[int], Token[str])
print(hash(v) == hash(v), v == v, v != w)
print(type(Token.MISSING).__name__, type(Token.MISSING), contextvars.ContextVar.__module__)
