# Code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT that awaits (await, async for,
# async with, async comprehensions) is a coroutine: calling it through
# FunctionType makes the coroutine, which runs with the globals as locals.
import ast, asyncio
from types import FunctionType
from textwrap import dedent
async def arange(n):
    for i in range(n):
        yield i
code_samples = [
    '''a = await asyncio.sleep(0, result=1)''',
    '''async for i in arange(1):
           a = 1''',
    '''async with asyncio.Lock() as l:
           a = 1''',
    '''a = [x async for x in arange(2)][1]''',
    '''a = 1 in {x async for x in arange(2)}''',
    '''a = {x:1 async for x in arange(1)}[0]''',
    '''a = [x async for x in arange(2) async for x in arange(2)][1]''',
    '''a = [x async for x in (x async for x in arange(5))][1]''',
    '''a, = [1 for x in {x async for x in arange(1)}]''',
    '''a = [await asyncio.sleep(0, x) async for x in arange(2)][1]'''
]
for mode in ('single', 'exec'):
    for s in code_samples:
        co = compile(dedent(s), '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        g = {'asyncio': asyncio, 'a': 0, 'arange': arange}
        r = FunctionType(co, g)()
        print(mode, hex(co.co_flags), type(r).__name__, end=' ')
        if r is not None: asyncio.run(r)
        print(g['a'])
co = compile("a = 5", "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
g = {}
print(hex(co.co_flags), FunctionType(co, g)(), g["a"])
try:
    compile("await x", "?", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
