import sys, os
print(sys.breakpointhook is sys.__breakpointhook__)
sys.breakpointhook = lambda *a, **k: print('hook', a, k)
breakpoint(1, x=2)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('via', 'env')
os.environ['PYTHONBREAKPOINT'] = 'nosuch.module'
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint())
print([str(x.message) for x in w])
del sys.breakpointhook
try: breakpoint()
except RuntimeError as e: print(e)
