import sys
print(sys.get_coroutine_origin_tracking_depth())
async def f(): pass
def make(): return f()
sys.set_coroutine_origin_tracking_depth(2)
c = make()
print([(fn.rsplit('/', 1)[-1], line, name) for fn, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = f(); print(c.cr_origin); c.close()
try: sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e: print(e)
