# CHECK_EXC_MATCH edges: exact class, subclass, tuples (all checked before any
# match), non-classes, classes not derived from BaseException, nested tuples,
# tuple subclasses, and metaclass hooks that `except` ignores.


def catch(exc, types):
    try:
        try:
            raise exc
        except types as e:
            return "caught " + type(e).__name__
    except BaseException as outer:
        return "escaped " + type(outer).__name__ + ": " + str(outer)


class Base(Exception):
    pass


class Derived(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return True

    def __subclasscheck__(cls, sub):
        return True


class Liar(Exception, metaclass=Meta):
    pass


class MyTuple(tuple):
    pass


cases = [
    (Derived, Derived),
    (Derived, Base),
    (Base, Derived),
    (Derived(), Exception),
    (Derived, BaseException),
    (KeyboardInterrupt, Exception),
    (Derived, (ValueError, Base)),
    (Derived, (Base, 5)),
    (Derived, (5, Base)),
    (Derived, ()),
    (Derived, ((Base,),)),
    (Derived, (Base, (ValueError,))),
    (Derived, int),
    (Derived, "Base"),
    (Derived, None),
    (Derived, object),
    (ValueError, Liar),
    (Liar, Exception),
    (Derived, MyTuple((Base,))),
    (Derived, MyTuple((ValueError,))),
    (Derived, [Base]),
]
for exc, types in cases:
    print(getattr(exc, "__name__", repr(exc)), "/", repr(types), "->", catch(exc, types))

# the TypeError replaces the raised exception, which becomes its context
try:
    try:
        raise KeyError("k")
    except 42:
        pass
except TypeError as e:
    print("context", repr(e.__context__))

# a class whose except never runs is never checked
try:
    raise KeyError("k")
except KeyError:
    print("first clause")
except 42:
    print("unreachable")
