# Self calls: a function trace that calls the function running it (direct
# recursion) runs its own code for the call. Whatever a callee deep down
# does — change type, raise, look at its frames, run out of recursion,
# rebind the name it is called by — the program sees what CPython shows.
import sys
import traceback


def walk(n, depth):
    # Counts nodes of a binary tree, 2**depth leaves; floats from a depth on.
    if depth == 0:
        return 1 if n < 1000 else 1.5
    return walk(n + 1, depth - 1) + walk(n + 2, depth - 1)


for limit in (12, 12, 14):
    print("walk", walk(0, limit), walk(995, limit))


notes = []


def note(n):
    notes.append(n)
    return -n


def hop(n, depth):
    # A callee that now and then calls Python code: a frameless run leaves
    # there, and its frame is made from the arguments of the self call.
    if depth == 0:
        if n % 97 == 0:
            return note(n)
        return n
    return hop(n + 1, depth - 1) + hop(n + 3, depth - 1)


for start in range(6):
    print("hop", start, hop(start, 11), len(notes), notes[-3:])


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


for attempt in range(3):
    try:
        deep(40 + attempt)
    except ValueError as error:
        frames = traceback.extract_tb(error.__traceback__)
        print("deep", attempt, len(frames), frames[-1].name, frames[-1].line)


def depth_seen(n):
    if n == 0:
        frame = sys._getframe()
        count = 0
        while frame is not None and frame.f_code is depth_seen.__code__:
            count += 1
            frame = frame.f_back
        return count
    return depth_seen(n - 1)


for _ in range(300):
    seen = depth_seen(5)
print("frames seen", seen, depth_seen(30))


def forever(n):
    return forever(n + 1) + 1


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as error:
        print("recursion", attempt, error)
print("still fine", walk(0, 10))


def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)


for _ in range(500):
    count_down(8)
original = count_down
print(count_down(8))
count_down = lambda n: "lambda %d" % n
print(original(8))
count_down = original
print(original(8))


def big(n):
    if n == 0:
        return 2**52
    return big(n - 1) * 2


for _ in range(300):
    value = big(3)
print("big", value, big(5), big(60) == 2**112)


def swap_code(n):
    return swap_code(n - 1) if n > 0 else "old"


def new_code(n):
    return swap_code(n - 1) if n > 0 else "new"


for _ in range(300):
    swap_code(6)
swap_code.__code__ = new_code.__code__
print("code", swap_code(6))
