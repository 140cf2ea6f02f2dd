import sys
print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__)
for kw in [dict(firstiter=1), dict(finalizer=1)]:
    try: sys.set_asyncgen_hooks(**kw)
    except TypeError as e: print(e)
seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(type(g).__name__))
async def agen():
    yield 1
g = agen()
c = g.__anext__()
try: c.send(None)
except StopIteration as e: print('value', e.value)
g.asend(None).close()
print(seen, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(None, None); print(sys.get_asyncgen_hooks())
