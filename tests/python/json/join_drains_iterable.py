# str.join drains a non-sequence iterable first (PyUnicode_Join's PySequence_Fast), as
# json's pure-Python encoder relies on for ''.join(generator): a generator runs to its
# end before a non-str item raises; str subclasses, wide strs and __getitem__ sequences.
def g():
    yield "a"
    yield 5
    print("after bad item")
    yield "c"
try: print("-".join(g()))
except TypeError as e: print(e)
class S(str): pass
print("-".join(iter([S("x"), "y"])), "".join(x for x in []), "".join(iter(["only"])))
try: "".join(5)
except TypeError as e: print(e)
def g2():
    yield "a"
    raise ValueError("boom")
try: "".join(g2())
except ValueError as e: print(e)
print("\U0001f600".join(iter(["a", "b"])), ascii("\ud83d".join(iter(["", "\ude00"]))))
class Seq:
    def __getitem__(self, i):
        if i < 3: return str(i)
        raise IndexError
print(",".join(Seq()), ",".join({"k": 1, "j": 2}), ",".join("abc"))
