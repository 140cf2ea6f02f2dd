import time

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = time.gmtime(0)
print(t, len(t), t.tm_zone, t.tm_gmtoff, t[8], t[-1], t.tm_year, tuple(t))
print(repr(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8))), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8)).tm_zone)
for s in ['time.struct_time((1, 2))', 'time.sleep(-1)', 'time.sleep("a")', 'time.gmtime("a")', 'time.strftime(1)',
          'time.asctime((1,))', 'time.mktime((1,))', 'time.sleep(0)', 'time.sleep(0.01)']:
    show(s, lambda: eval(s))
fmt = '%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %e %D %T %R %r %h %C %u %V %G %g %k %l %n|%t|%f %z %Q'
for stamp in [1234567890.5, 0, 951782400, 1704067199, 1609459200, -86400 * 400]:
    print(time.strftime(fmt, time.gmtime(stamp)))
print(time.strftime('%Y-%m-%d', (2021, 3, 4, 5, 6, 7, 0, 63, 0)), time.strftime('%s', time.gmtime(1000)))
print(time.asctime(time.gmtime(0)), time.asctime((2001, 12, 25, 1, 2, 3, 1, 359, 0)), time.ctime(0))
print(time.mktime(time.localtime(100)), time.timezone, time.altzone, time.daylight, time.tzname)
print(time.gmtime(-1), time.gmtime(1.99), time.localtime(0))
print(type(time.time()), type(time.time_ns()), time.CLOCK_MONOTONIC, time.CLOCK_REALTIME)
print(time.struct_time.__module__, type(time.gmtime()).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
a = time.monotonic(); b = time.perf_counter(); time.sleep(0.02)
print(time.monotonic() - a >= 0.019, time.perf_counter() - b >= 0.019, abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.process_time() >= 0, isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
print(abs(time.mktime(time.localtime()) - time.time()) < 2, time.gmtime(time.time()).tm_year >= 2024)
print(time.strptime('2024-02-29 13:14:15', '%Y-%m-%d %H:%M:%S') if False else 'strptime skipped')
