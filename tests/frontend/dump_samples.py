# Constructs for the ast.dump tests: every statement and expression kind.
import os, sys as system
from . import sibling
from ..package.module import (name as alias, other)
from __future__ import annotations

x: int = 1
y: "list[int]"
(z): int
a = b = c, d = 1, 2
a += 1; a -= 1; a *= 2; a @= m; a /= 2; a //= 2; a %= 3; a **= 2
a <<= 1; a >>= 1; a |= 1; a ^= 1; a &= 1
del a, b[0], c.d
assert x, "message"
global g
pass

@decorator
@decorator.with_args(1, key=2)
def function(p, /, q, r=1, *args, s, t=2, **kwargs) -> None:
    """Docstring."""
    nonlocal_value = lambda u, *, v=3: u + v
    def inner():
        nonlocal nonlocal_value
    return

async def coroutine():
    async with manager() as (m1, m2), other:
        await thing
    async for item in stream:
        yield item
    else:
        yield
    return [i async for i in stream if i]

class Klass(Base, metaclass=Meta, **extra):
    attribute: int
    def method(self): ...

for i, j in pairs:
    if i: continue
    elif j: break
    else: pass
else:
    pass

while not done:
    x = -x if +x else ~x
else:
    ...

with open("f") as handle, lock:
    try:
        raise ValueError("x") from None
    except (TypeError, ValueError) as error:
        raise
    except Exception:
        pass
    else:
        pass
    finally:
        pass

try:
    pass
except* OSError as group:
    pass

match command.split():
    case [action]:
        pass
    case [action, obj, *rest] if obj:
        pass
    case {"key": value, **others}:
        pass
    case {**rest_only}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2j | -3+4j | "s" "t" | b"b" if False:
        pass
    case [*_] as whole:
        pass
    case _:
        pass

values = [
    1, -1, 1.0, 0.1, 1e16, 1e-5, 1.5e300, 1j, 1.5j, 1e16j, 10**400,
    0x7fffffffffffffffff, 0o17, 0b101, 1_000_000,
    "single", 'it\'s', "quote \" and ' both", b"bytes\x00\xff", rb"raw\d",
    u"unicode", "caf\u00e9 \u2028 \U0001f600", "\t\n\r\\",
    f"fstring {x!r:>{width}} {y=} {z:.2f} {{}}", f"{x}" "plain" f"{y!s}",
    ..., None, True, False,
    {1: 2, **rest}, {1, 2}, [*items], (*items,), (), (1,),
    [i for i in range(3) if i for j in i], {i for i in s}, {k: v for k, v in d},
    (g for g in gen), a[1:2, ::3, ...], a[b:c:d], a.b.c(d)(e),
    x if y else z, (w := 10), a and b or c and not d,
    1 < 2 <= 3 == 4 != 5 > 6 >= 7 is 8 is not 9 in 10 not in 11,
    a + b - c * d / e // f % g ** h @ i << j >> k & l | m ^ n,
    (await_ := 1), lambda: 0, lambda *a, **k: (a, k),
]
print(*args, sep="", **kwargs)
