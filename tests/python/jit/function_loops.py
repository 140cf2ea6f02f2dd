# Loops inside functions' traces (labels): a function called often enough to
# be traced from its entry runs its loops in the same trace, nested loops
# included; exits from anywhere in them resume in the interpreter exactly.
import sys


def partitions(n, largest):
    # Recursion with a loop: the partitions of n into parts <= largest.
    if n == 0:
        return 1
    ways = 0
    part = min(n, largest)
    while part:
        ways += partitions(n - part, part)
        part -= 1
    return ways


print("partitions", [partitions(n, n) for n in range(1, 22)])


def nested(n):
    # An inner loop inside an outer one; a bridge goes round the outer loop.
    total = 0
    for i in range(n):
        j = 0
        while j < i:
            total += i * j
            j += 1
        if i % 7 == 3:
            total -= 1
    return total


print("nested", [nested(k) for k in range(0, 60, 3)])


def two_loops(n):
    # One loop after another: the second one's label sits in a bridge of the first.
    acc = []
    for i in range(n):
        acc.append(i * i)
    s = 0
    while acc:
        s += acc.pop()
    return s


print("two_loops", sum(two_loops(k) for k in range(200)))


def changes_type(n):
    # A local that turns from int to float and to a bigint inside the loop.
    x = 1
    for i in range(n):
        if i == 5:
            x = x + 0.5
        elif i == 30:
            x = int(x) * 2 ** 70
        else:
            x = x * 2 if i < 40 else x
    return x


print("changes_type", [changes_type(k) for k in (3, 10, 35, 50)] * 1 and changes_type(50))
for _ in range(300):
    changes_type(10)


def sets_and_lists(n):
    # set.add/discard, list.append/pop on exact builtins inside loops; popping
    # an empty list raises IndexError from the interpreter with its message.
    seen = set()
    stack = []
    for i in range(n):
        seen.add(i % 5)
        seen.add("k")
        stack.append(i)
        if i % 3 == 0:
            seen.discard(i % 5)
            stack.pop()
    seen.discard("k")
    return sorted(seen), len(stack)


print("sets_and_lists", [sets_and_lists(k) for k in range(0, 40, 7)])


def pop_empty(n):
    stack = []
    for i in range(n):
        stack.append(i)
        stack.pop()
    try:
        stack.pop()
    except IndexError as e:
        return str(e)


print("pop_empty", [pop_empty(k) for k in range(5)])


def frame_seen_from_loop(n):
    # The frame the interpreter sees after a loop exit has every local.
    a = 0
    for i in range(n):
        a += i
    return sorted(sys._getframe().f_locals.items())


for _ in range(200):
    frame_seen_from_loop(4)
print("frame", frame_seen_from_loop(6))


def raises_in_loop(n):
    out = 0
    for i in range(n):
        out += 10 // (5 - i)
    return out


for k in range(300):
    try:
        raises_in_loop(k % 8)
    except ZeroDivisionError as e:
        last = e
print("raises", repr(last), raises_in_loop(4))


def invert(values):
    # ~x of ints past 32 bits (JS's ~ works on 32) and past 2**53 (bigints).
    return [~v for v in values]


WIDE = [3, -7, 2 ** 31, 2 ** 40 + 3, -(2 ** 45), 2 ** 53 - 2, 2 ** 53 - 1, -(2 ** 53) + 1]
for _ in range(100):
    invert(WIDE)
print("invert", invert(WIDE), invert([2 ** 53, -(2 ** 60)]))
ONLY_WIDE = [2 ** 40 + k for k in range(6)] + [2 ** 53 - 1]
print("invert wide", sum(sum(invert(ONLY_WIDE)) for _ in range(60)))


DEFS = {"a": (1, 2), "b": (3,), "c": ()}


def concat(*names):
    # The loop starts right after a residual call (GET_ITER): every exit in
    # the loop must see the loop's own values of `acc`, not its first one.
    acc = ()
    for name in names:
        acc = acc + DEFS[name]
    return acc


for _ in range(50):
    concat("a", "b")
print("concat", concat("a", "b", "a"), concat("c"), concat("b", "c", "a", "b"))
