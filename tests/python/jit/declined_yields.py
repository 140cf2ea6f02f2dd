# A generator run in push mode by all()/any() (generator.ts consumeGenerator)
# whose value the consumer declines: a compiled trace leaves at its
# push_offer and the interpreter suspends the generator at that yield.
# The generator must then be exactly where the interpreter would have left
# it: resumed by next(), list() or another consumer, it goes on after that
# yield with its locals, its stack (a yield inside an expression) and its
# floats as they were.


def primes(limit):
    found = []
    n = 2
    while n < limit:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


ps = primes(3000)
print(len(ps), ps[-5:], sum(ps))


def resumed(rounds):
    out = []
    for i in range(rounds):
        gen = (x - i % 11 for x in range(12))
        first = all(gen)  # declines 0 at x == i % 11
        out.append((first, next(gen, "done"), list(gen)[:2]))
    return out


r = resumed(400)
print(r[:3], r[-3:], len(r))


def floats(rounds):
    out = []
    for i in range(rounds):
        k = i % 7
        gen = (x * 0.5 - k * 0.5 for x in range(9))
        taken = any(v == 0.0 for v in ())
        out.append((all(gen), taken, next(gen, None), sum(gen)))
    return out


f = floats(400)
print(f[:2], f[-2:])


def counting(limit, stop):
    # A generator function (not an expression): its loop's yield is offered too.
    total = 0
    for n in range(limit):
        total += n
        yield total if n != stop else 0
    yield -1


def run_counting(rounds):
    out = []
    for i in range(rounds):
        gen = counting(40, i % 37)
        out.append((all(gen), next(gen), next(gen), sum(gen)))
    return out


c = run_counting(300)
print(c[:2], c[-2:])


def in_expression(rounds):
    # The yield's value is part of an expression: the stack below it survives.
    def g(k):
        acc = []
        for x in range(10):
            acc.append((yield x - k) or x)
        yield acc

    out = []
    for i in range(rounds):
        gen = g(i % 9)
        out.append((all(gen), next(gen), next(gen)))
        out.append(list(gen))
    return out


e = in_expression(300)
print(e[:4], e[-4:])
