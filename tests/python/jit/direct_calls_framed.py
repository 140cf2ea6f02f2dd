# A loop's trace calls a function it does not inline (a `send` under a handler
# of the callee's frame: an event loop's Task.step), whose own trace needs a
# frame (its lambda closes over its locals): the callee's frame is made from
# the call's arguments, one to six of them, each in its parameter.


def accumulator():
    total = 0
    while True:
        total += yield total


class Task:
    def __init__(self):
        self.gen = accumulator()
        self.gen.send(None)
        self.results = []

    def step1(self, a):
        try:
            got = self.gen.send(a)
        except StopIteration:
            return None
        self.results.append(lambda: (got, a))

    def step3(self, a, b, c):
        try:
            got = self.gen.send(a - b + c)
        except StopIteration:
            return None
        self.results.append(lambda: (got, a, b, c))

    def step5(self, a, b, c, d, e):
        try:
            got = self.gen.send(a + 2 * b + 3 * c + 4 * d + 5 * e)
        except StopIteration:
            return None
        self.results.append(lambda: (got, a, b, c, d, e))


def step6(task, a, b, c, d, e):
    try:
        got = task.gen.send(a * b - c * d + e)
    except StopIteration:
        return None
    task.results.append(lambda: (got, a, b, c, d, e))


def drive(tasks, rounds):
    for r in range(rounds):
        i = r % len(tasks)
        t = tasks[i]
        t.step1(r)
        t.step3(r, i, r * i)
        t.step5(r, i, 1, r + i, -r)
        step6(t, i, r, r - 1, 2, i * i)


tasks = [Task() for _ in range(7)]
drive(tasks, 30000)
for t in tasks:
    print([f() for f in t.results[-8:]])
    print(len(t.results), t.gen.send(0))
