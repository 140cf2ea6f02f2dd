# tracemalloc imports; without tracing it answers as CPython does while
# tracing is off. (Starting it is not possible under Taipan: not tested here.)
import tracemalloc
import warnings

print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(object()))
tracemalloc.stop()
tracemalloc.clear_traces()
tracemalloc.reset_peak()
print(tracemalloc.is_tracing())
for bad in ["x", 1.5, 0, 65536, 2**70]:
    try:
        tracemalloc.start(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn_explicit("gone", ResourceWarning, "f.py", 3, source=object())
print(len(caught), caught[0].message)
import io, contextlib
err = io.StringIO()
with contextlib.redirect_stderr(err), warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("gone", ResourceWarning, "f.py", 3, source=object())
print(err.getvalue().splitlines()[-1])
