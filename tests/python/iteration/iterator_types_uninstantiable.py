# The iterators of builtin containers cannot be created by calling their
# types; they still pickle through their own __reduce__.
import pickle, copy
its = [iter([]), reversed([]), iter(()), iter('abc'), iter('🚀'), iter(range(3)), iter(range(2**70)), iter(b''), iter(bytearray()),
       iter(set()), iter({}), iter({}.values()), iter({}.items()), reversed({}), reversed({}.values()), reversed({}.items()),
       iter(lambda: 1, 2)]
class Seq:
    def __getitem__(self, i): raise IndexError
its.append(iter(Seq()))
for it in its:
    cls = type(it)
    try:
        cls()
    except TypeError as e:
        print(cls.__name__, e)
    if cls.__name__ in ("longrange_iterator", "callable_iterator"):
        continue
    try:
        r = pickle.loads(pickle.dumps(it))
        print(cls.__name__, "pickled", type(r).__name__, list(r) if cls.__name__ != 'callable_iterator' else '')
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
