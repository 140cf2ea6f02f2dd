# queue.py re-exports the native SimpleQueue and Empty. Needs `threading` (os).
import queue
import _queue

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.full(), q.qsize(), q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("a")
print(sq.get(), sq.empty())
