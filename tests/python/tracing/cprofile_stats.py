# cProfile / _lsprof: the structure getstats returns and pstats' reports,
# made deterministic by a timer that advances one tick per reading.
import cProfile
import io
import pstats
import sys
import _lsprof

ticks = 0


def timer():
    global ticks
    ticks += 1
    return ticks


def helper(n):
    return sum(range(n))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    xs = []
    for i in range(3):
        xs.append(helper(i))
    fib(4)
    try:
        int("x")
    except ValueError:
        pass
    return len(xs)


def name(code):
    return getattr(code, "co_name", code)


profile = cProfile.Profile(timer, 1.0)
print(isinstance(profile, _lsprof.Profiler))
profile.enable()
print(sys.getprofile() is profile)
main()
profile.disable()
print(sys.getprofile())

for entry in sorted(profile.getstats(), key=lambda e: str(name(e.code))):
    print(type(entry).__name__, name(entry.code), entry.callcount, entry.reccallcount,
          entry.totaltime, entry.inlinetime)
    for sub in sorted(entry.calls or [], key=lambda s: str(name(s.code))):
        print("   ", type(sub).__name__, name(sub.code), sub[1:])

for report in ["print_stats", "print_callers", "print_callees"]:
    out = io.StringIO()
    getattr(pstats.Stats(profile, stream=out).strip_dirs().sort_stats("stdname"), report)()
    print(out.getvalue().split("\n", 2)[2])

# Without builtins and subcalls; clear() forgets everything.
profile = _lsprof.Profiler(timer, 1.0, subcalls=False, builtins=False)
profile.enable()
main()
profile.disable()
print(sorted((name(e.code), e.callcount, e.calls) for e in profile.getstats()))
profile.clear()
print(profile.getstats())

# enable() as a context manager (cProfile.Profile), runcall.
with cProfile.Profile(timer, 1.0) as profile:
    fib(3)
print(sorted((name(e.code), e.callcount, e.reccallcount) for e in profile.getstats()))
profile = cProfile.Profile(timer, 1.0)
print(profile.runcall(fib, 5))
print(sorted((name(e.code), e.callcount, e.reccallcount) for e in profile.getstats()))

# A float timer is read as seconds.
clock = 0.0


def float_timer():
    global clock
    clock += 0.5
    return clock


profile = _lsprof.Profiler(float_timer)
profile.enable()
helper(2)
profile.disable()
print(sorted((name(e.code), e.callcount, e.totaltime) for e in profile.getstats()))
print(_lsprof.profiler_entry._fields if hasattr(_lsprof.profiler_entry, "_fields") else
      _lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_fields)
