# process_time and thread_time: the C library's CPU clocks, named and resolved as CPython names them.
import time
i = time.get_clock_info('process_time'); print(i.implementation, i.monotonic, i.adjustable, i.resolution)
i = time.get_clock_info('thread_time'); print(i.implementation, i.monotonic, i.adjustable, i.resolution)
t0 = time.process_time(); n0 = time.process_time_ns(); th0 = time.thread_time(); thn0 = time.thread_time_ns()
x = sum(i * i for i in range(300000))
print(type(t0).__name__, type(n0).__name__, type(th0).__name__, type(thn0).__name__)
print(time.process_time() > t0, time.process_time_ns() > n0, time.thread_time() >= th0, time.thread_time_ns() >= thn0)
print(abs(time.process_time_ns() / 1e9 - time.process_time()) < 0.05)
