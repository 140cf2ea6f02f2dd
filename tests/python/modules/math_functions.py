import math

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 1e-300, 1e300, 710.0, -710.0,
          1e-10, 0.1, 100.0, math.pi, math.e, float('inf'), float('-inf'), float('nan'), 7, -3, 10**400]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf',
             'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'gamma', 'lgamma', 'log', 'log10', 'log1p',
             'log2', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'ceil', 'floor', 'trunc', 'degrees',
             'radians', 'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'ulp']:
    f = getattr(math, name)
    print(name, end=': ')
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(' '.join(out))

pairs = [(0.0, 1.0), (1.0, 0.0), (-0.0, -1.0), (2.0, 0.5), (-2.0, 0.5), (-2.0, 3.0), (10.0, 308.0),
         (10.0, 309.0), (float('inf'), 2.0), (2.0, float('inf')), (float('nan'), 0.0), (1.0, float('nan')),
         (0.0, -1.0), (-1.0, float('inf')), (5.5, 2.0), (-5.5, 2.0), (5.0, -3.0), (1e308, 1e-308),
         (3.0, 4.0), (float('-inf'), 3.0), (float('-inf'), -3.0), (float('-inf'), 2.0), (0.5, float('-inf'))]
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'hypot', 'ldexp', 'log',
             'isclose']:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        if name == 'ldexp':
            b = int(b) if b == b and abs(b) != float('inf') else 5000
        try:
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name + ':', ' '.join(out))

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)))
show('fsum inf', lambda: math.fsum([float('inf'), float('-inf')]))
show('fsum overflow', lambda: math.fsum([1e308, 1e308]))
show('fsum nan', lambda: math.fsum([float('nan'), 1.0]))
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(10**50), math.isqrt(2**127 - 1), math.isqrt(True))
show('isqrt neg', lambda: math.isqrt(-1))
show('isqrt float', lambda: math.isqrt(2.0))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**20 + 7))
show('factorial neg', lambda: math.factorial(-1))
show('factorial float', lambda: math.factorial(5.0))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(1000, 500) % 1000003, math.comb(0, 0))
print(math.perm(10, 3), math.perm(5), math.perm(5, 7), math.perm(50, 20))
show('comb neg', lambda: math.comb(-1, 2))
show('comb kneg', lambda: math.comb(1, -2))
show('perm neg', lambda: math.perm(-1, 2))
show('perm kneg', lambda: math.perm(1, -2))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, -5), math.gcd(2**100, 6**50), math.gcd(12, 18, 27))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2**70, 3**40, 10))
show('gcd float', lambda: math.gcd(1.5, 2))
print(math.prod([]), math.prod([1, 2, 3]), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 25)))
print(math.prod(['ab', 3]))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2,)))
show('dist dims', lambda: math.dist((1, 2), (1,)))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
seed = 5
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31
def uniform(a, b): return a + (b - a) * rand()
def randint(a, b): return a + int(rand() * (b - a + 1))
acc = []
for i in range(300):
    xs = [uniform(-10, 10) * 10 ** randint(-5, 5) for _ in range(randint(2, 5))]
    acc.append(math.hypot(*xs))
    acc.append(math.sin(xs[0]) + math.exp(xs[1] / 1e4) + math.log(abs(xs[0])) + math.atan2(xs[0], xs[1]))
    acc.append(math.gamma(abs(xs[0]) % 50 + 0.1) + math.lgamma(xs[1] % 150) + math.erf(xs[0] / 3))
    acc.append(math.fsum(xs) + math.pow(abs(xs[0]), 0.37) + math.tan(xs[1]) + math.erfc(xs[1] / 30))
print(hash(tuple(acc)))
print(acc[:8])
print(math.log(10**1000), math.log(2**2000, 2), math.log10(10**500), math.log2(2**3000), math.log(8, 2), math.log(100, 10))
show('log 0', lambda: math.log(0))
show('log neg int', lambda: math.log(-10**400))
show('log base 1', lambda: math.log(10, 1))
show('log args', lambda: math.log())
show('sqrt str', lambda: math.sqrt('x'))
show('sqrt noarg', lambda: math.sqrt())
show('pow arity', lambda: math.pow(1))
show('ldexp float', lambda: math.ldexp(1.0, 1.5))
show('ldexp big', lambda: math.ldexp(1.0, 10**30))
show('ldexp small', lambda: math.ldexp(1.0, -10**30))
print(math.ldexp(0.75, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(1.0, 1023))
show('exp big int', lambda: math.exp(10**400))
show('isclose neg', lambda: math.isclose(1, 2, rel_tol=-1))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))

class Floor:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class F:
    def __float__(self): return 2.5
print(math.floor(Floor()), math.ceil(Floor()), math.trunc(Floor()), math.floor(F()), math.ceil(F()), math.sqrt(F()))
show('trunc F', lambda: math.trunc(F()))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**30), math.floor(True), math.floor(1e20))
show('floor inf', lambda: math.floor(float('inf')))
show('floor nan', lambda: math.floor(float('nan')))
print(math.copysign(1, -0.0), math.copysign(3, float('-nan')), math.nextafter(0.0, -1), math.ulp(0.0), math.ulp(1e308), math.ulp(float('inf')))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.fmod(-7, 2), math.fmod(7, float('inf')))
