# random.py over _random: for fixed seeds, every pure-Python method must give
# CPython's numbers (they are built on random() and getrandbits()); str and
# bytes seeds go through sha512.
import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70))
print(random.choice("abcdefg"), random.choices(range(10), k=5))
print(random.choices("abc", weights=[1, 5, 10], k=6), random.choices("xyz", cum_weights=[1, 2, 30], k=4))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 8), random.sample("population", k=4, counts=None))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.uniform(2.5, 10.0), random.triangular(0, 10, 3), random.betavariate(2, 5))
print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.gammavariate(2.0, 3.0), random.gammavariate(0.5, 1.0))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 4), random.paretovariate(3))
print(random.weibullvariate(1, 1.5), random.randbytes(12))

print("--- seeds of every kind")
for seed in [0, 1, -1, 2 ** 100, 3.75, "hello", b"hello", bytearray(b"hello"), "", "é✓"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(10 ** 12))
random.seed("hello", version=1)
print(random.random())
random.seed(b"hello", version=1)
print(random.random())

print("--- instances, state, subclasses")
r = random.Random(99)
state = r.getstate()
xs = [r.randint(0, 9) for _ in range(15)]
r.setstate(state)
print(xs, xs == [r.randint(0, 9) for _ in range(15)])
print(state[0], len(state[1]), state[2])


class Biased(random.Random):
    def random(self):
        return 0.999


b = Biased(1)
print(b.choice([1, 2, 3]), b.randrange(10), b.uniform(0, 1))
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
