# select.select and select.poll on pipes (descriptor numbers are not printed).
import os
import select

print(sorted(k for k in dir(select) if k.startswith("POLL")), select.error is OSError, select.PIPE_BUF)
for args in [([-1], [], []), (["x"], [], []), (5, [], []), ([], [], [], -1), ([], [], [], "x"),
             ([], [], [], 0), ((), [], [], 0.01)]:
    try:
        print(select.select(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

r, w = os.pipe()


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


fr = F(r)
print(select.select([fr], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([fr, r], [w], [r], 0.0) == ([fr, r], [w], []))

p = select.poll()
p.register(r)
p.register(F(w), select.POLLOUT)
named = lambda events: sorted(("r" if fd == r else "w", ev) for fd, ev in events)
print(named(p.poll(10)), named(p.poll()), named(p.poll(None)))
p.modify(w, select.POLLIN)
print(named(p.poll(0)))
for f in [lambda: p.unregister(9999), lambda: p.modify(9999, 1), lambda: p.register(-1),
          lambda: p.poll("x"), lambda: p.register("x"), lambda: p.register(r, -1),
          lambda: p.register(r, 70000)]:
    try:
        print(f())
    except (KeyError, OSError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
os.close(w)
print(named(p.poll(0)))
p.unregister(w)
os.read(r, 1)
print(named(p.poll(0)))
os.close(r)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e)
print(named(p.poll(0)))
