# list(), tuple(), list.extend() and sorted() ask a Python iterable for its
# length hint (__len__, else __length_hint__) after iter() and before reading
# it, with CPython's checks of the result.
import operator
class It:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("iter"); return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1; return self.n
    def __length_hint__(self):
        print("hint"); return self.n
class Sized(It):
    def __len__(self):
        print("len"); return self.n
print(list(It(3)))
print(list(Sized(2)))
l = [9]; l.extend(It(2)); print(l)
class BadHint(It):
    def __length_hint__(self): return "x"
try: list(BadHint(1))
except TypeError as e: print(e)
class NegHint(It):
    def __length_hint__(self): return -1
try: list(NegHint(1))
except ValueError as e: print(e)
class TEHint(It):
    def __length_hint__(self): raise TypeError("no")
print(list(TEHint(1)))
class NIHint(It):
    def __length_hint__(self): return NotImplemented
print(list(NIHint(1)))
print(operator.length_hint(It(4)), operator.length_hint(iter([]), 5), operator.length_hint(object(), 7))
class Sub(list): pass
print(list(Sub([1, 2])), tuple(It(2)), sorted(It(3)))
