# The time tuple of asctime/strftime/mktime: C int items, the year range,
# struct tm's field ranges with 0 as the lowest 1-based value, weekday
# modulo 7, NUL in the format; clock_gettime/clock_getres by clock id.
import time


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


show(time.strftime, "%S\0", time.gmtime(0))
for t in [(2 ** 31,) + (0,) * 8, (0, 2 ** 31) + (0,) * 7, (-2 ** 31 + 1899,) + (0,) * 8,
          (1.5,) + (0,) * 8, (-2 ** 31,) + (0,) * 8, (0,) * 8, (0,) * 10, 0]:
    show(time.asctime, t)
show(time.asctime, (-2 ** 31 + 1900,) + (0,) * 8)
show(time.asctime, (2 ** 31 - 1,) + (0,) * 8)
show(time.strftime, "%Y %m %d %H %M %S %w %j", (2000,) + (0,) * 8)
show(time.asctime, (2000, 1, 1, 0, 0, 0, -1, 1, -1))
for t in [(1900, -1, 1, 0, 0, 0, 0, 1, -1), (1900, 13, 1, 0, 0, 0, 0, 1, -1),
          (1900, 1, -1, 0, 0, 0, 0, 1, -1), (1900, 1, 32, 0, 0, 0, 0, 1, -1),
          (1900, 1, 1, 24, 0, 0, 0, 1, -1), (1900, 1, 1, -1, 0, 0, 0, 1, -1),
          (1900, 1, 1, 0, 60, 0, 0, 1, -1), (1900, 1, 1, 0, 0, 62, 0, 1, -1),
          (1900, 1, 1, 0, 0, 61, 0, 1, -1), (1900, 1, 1, 0, 0, 0, -2, 1, -1),
          (1900, 1, 1, 0, 0, 0, 0, 367, -1), (1900, 1, 1, 0, 0, 0, 0, 366, -1),
          (1900, 1, 1, 0, 0, 0, 0, 0, -1), (1900, 0, 0, 0, 0, 0, 0, 0, -1)]:
    show(time.asctime, t)
    show(time.strftime, "%a %b %d %j", t)
for year in 1, -1, -1234, 12345, 123456789, -123456789:
    show(time.strftime, "%Y", (year,) + (0,) * 8)
    show(time.asctime, (year,) + (0,) * 8)


class Index:
    def __index__(self):
        return 2001


show(time.asctime, (Index(),) + (0,) * 8)
for clock in time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID:
    print(0 < time.clock_getres(clock) <= 1.0, type(time.clock_gettime(clock)).__name__,
          type(time.clock_gettime_ns(clock)).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
show(time.clock_gettime, 12345)
show(time.clock_getres, 12345)
show(time.clock_gettime, 2 ** 40)
