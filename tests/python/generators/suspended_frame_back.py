# A generator, coroutine or async generator frame that is not running has no
# f_back; while it runs, f_back is the frame that resumed it.
import sys


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


def driver(g):
    return next(g)


g = gen()
print(g.gi_frame.f_back)
print(driver(g))
print(g.gi_frame.f_back)
print(next(g))
print(g.gi_frame.f_back)


async def coro():
    pass


c = coro()
print(c.cr_frame.f_back)
c.close()


async def agen():
    yield 1


a = agen()
print(a.ag_frame.f_back)
