from_text = """the quick brown fox jumps over the lazy dog the fox"""
counts = {}
for word in from_text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>6}: {'#' * n} ({n / len(counts):.2%})")

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self.balance:.2f})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)

a = Account("ann").deposit(10).deposit(2.5)
b = Account("bob", 100)
print(a, b, a == b, len({a, b, a}))
try:
    b.deposit(-1)
except ValueError as e:
    print("error:", e)

def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, is_prime in enumerate(sieve) if is_prime]
print(primes(50))
matrix = [[i * j for j in range(4)] for i in range(3)]
print(list(zip(*matrix)))
print(sum(map(sum, matrix)), max(matrix, key=sum), sorted({3: "c", 1: "a"}.items()))
print("%-8s|%5.1f|%x" % ("left", 3.14159, 255), "{:^10}".format("mid"), format(1234567.891, ",.2f"))
print(round(2.675, 2), round(3.5), round(-0.5), 10 / 4, 10 // 4, -7 % 3, 2 ** -1, 1e300 * 10)
s = "Hello, World"
print(s.lower().replace("world", "there"), s.find("o"), s.count("l"), s.title(), s.swapcase(), s.isalpha())
nums = list(range(10))
print(nums[::3], nums[-3:], nums[1:8:2], nums[::-2])
stack = []
for ch in "(()())":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print("balanced" if not stack else "unbalanced")
print(int("ff", 16), int("0b101", 0), float("1e3"), str(0.1 + 0.2), repr(1/3), 2 ** 100)
print(divmod(2**64, 7), abs(-2**70), (2**64).bit_length(), hex(2**40), bin(10), oct(8))
