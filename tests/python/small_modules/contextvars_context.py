# Context.run isolation, copies, the mapping protocol, re-entry errors.
from contextvars import Context, ContextVar, copy_context

a = ContextVar("a", default="a-default")
b = ContextVar("b")
a.set("outer")

ctx = copy_context()
print(len(ctx), ctx[a], a in ctx, b in ctx, ctx.get(b), ctx.get(b, 42))


def body(*args, **kwargs):
    a.set("inside")
    b.set(args)
    return sorted(kwargs.items()), a.get(), b.get()


print(ctx.run(body, 1, 2, x=3, y=4))
print("outside:", a.get(), b.get("no b"))
print("ctx now:", ctx[a], ctx[b], len(ctx))
print(sorted(var.name for var in ctx), sorted(k.name for k in ctx.keys()))
print(sorted(map(str, ctx.values())), sorted((k.name, str(v)) for k, v in ctx.items()))

copy = ctx.copy()
print(copy == ctx, copy != ctx, copy is ctx, Context() == Context(), Context() == 1)
copy.run(a.set, "copied")
print(ctx[a], copy[a], copy == ctx)

try:
    ctx[ContextVar("missing")]
except KeyError as e:
    print("KeyError", e.args[0].name)
for bad in (lambda: ctx[1], lambda: ctx.get("a"), lambda: 1 in ctx):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def reenter():
    try:
        ctx.run(lambda: None)
    except RuntimeError as e:
        print("RuntimeError", str(e).startswith("cannot enter context:"), str(e).endswith("is already entered"))
    return "done"


print(ctx.run(reenter))


def raises():
    a.set("changed before raising")
    raise ValueError("boom")


try:
    Context().run(raises)
except ValueError as e:
    print("ValueError", e, "| a is still", a.get())

nested = Context()


def outer():
    b.set("outer-b")
    inner = copy_context()
    inner.run(lambda: b.set("inner-b"))
    return b.get(), inner[b]


print(nested.run(outer), b.get("unset"))
for f in (lambda: Context(1), lambda: Context(x=1), lambda: ctx.run(), lambda: hash(ctx)):
    try:
        f()
    except TypeError as e:
        print("TypeError", str(e).replace("_contextvars.", ""))
print(Context.__module__, type(ctx).__name__, len(Context()), list(Context()))
