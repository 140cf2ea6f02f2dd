# A closure variable (a cell) that a callee changes, read after the call,
# where the call is inside a try block or a with block of a traced loop
# (a call whose exceptions the trace catches), also a builtin calling back
# into Python: the read sees the change.


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is KeyError


def run(n):
    count = 0

    def bump(k):
        nonlocal count
        count += k
        if k % 7 == 0:
            raise KeyError(k)
        return k

    def touch(k):
        nonlocal count
        count += 100
        return -k

    class Probe:
        def __eq__(self, other):
            nonlocal count
            count += 1000
            return False

    items = [1, 2]
    probe = Probe()

    seen = []
    for i in range(n):
        count = 0
        try:
            bump(i)
        except KeyError:
            pass
        seen.append(count)
        count = 0
        with Quiet():
            max(range(3), key=touch)  # (a builtin running Python code)
            bump(i + 1)
        seen.append(count)
        with Quiet():
            count = 0
            items.count(probe)  # (a builtin method running Python code)
            seen.append(count)
    return sum(seen), seen[-6:]


for _ in range(3):
    print(run(400))
