# Native objects whose state is not Python attributes: pickling and copying
# refuse them ("cannot pickle 'module.Type' object", a Python subclass's
# instances by the subclass's name) while __getstate__() called directly
# returns the instance dict (None), as CPython's object.__getstate__.
import _bz2
import _lzma
import _random
import copy
import pickle


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Sub(_random.Random):
    pass


class WithArgs(_random.Random):
    def __getnewargs__(self):
        return ()


for obj in (_random.Random(), _bz2.BZ2Compressor(), _lzma.LZMACompressor(), Sub()):
    name = type(obj).__name__
    attempt(f"{name}.__getstate__()", obj.__getstate__)
    attempt(f"{name} pickle 2", lambda: pickle.dumps(obj, 2))
    attempt(f"{name} pickle 4", lambda: pickle.dumps(obj, 4))
    attempt(f"{name} copy", lambda: copy.copy(obj))
attempt("with __getnewargs__", lambda: type(pickle.loads(pickle.dumps(WithArgs()))).__name__)
s = Sub()
s.x = 1
attempt("subclass with dict __getstate__()", s.__getstate__)
