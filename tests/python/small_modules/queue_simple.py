# _queue.SimpleQueue: FIFO order, non-blocking gets, timeouts, Empty.
import _queue
import time

q = _queue.SimpleQueue()
print(_queue.Empty.__mro__, _queue.Empty.__module__, type(q).__module__)
print(q.empty(), q.qsize())
for args in [dict(block=False), dict(timeout=0), dict(timeout=-1), dict(timeout="x"),
             dict(block=False, timeout=-1), dict(timeout=float("nan")), dict(timeout=1e300)]:
    try:
        q.get(**args)
    except Exception as e:
        print(sorted(args), type(e).__name__, repr(e))
try:
    q.get_nowait()
except _queue.Empty as e:
    print("get_nowait:", repr(e))

q.put(1)
q.put(2, False, 5)
q.put_nowait(3)
q.put(item=4)
print(q.qsize(), q.empty(), q.get(), q.get_nowait(), q.get(False), q.get(True, 1), q.empty())
for i in range(500):
    q.put(i)
total = sum(q.get() for i in range(450))
print(total, q.qsize(), [q.get() for i in range(50)][-3:], q.empty())

start = time.monotonic()
try:
    q.get(timeout=0.2)
except _queue.Empty:
    print("Empty after", round(time.monotonic() - start, 1), "s")


class Sub(_queue.SimpleQueue):
    pass


s = Sub()
s.tag = "subclass"
s.put("x")
print(s.tag, s.get(), _queue.SimpleQueue[int])
for bad in (lambda: _queue.SimpleQueue(1), lambda: _queue.SimpleQueue(a=1), lambda: q.put()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
