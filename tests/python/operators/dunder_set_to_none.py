# A number method set to None in a class blocks inheritance and is still
# called: "'NoneType' object is not callable"; x += y with __iadd__ = None
# does not fall back to __add__.


def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as error:
        print(label, "TypeError:", error)


class Adds:
    def __add__(self, other):
        return "add"

    def __radd__(self, other):
        return "radd"

    def __mul__(self, other):
        return "mul"


class NoInplace(Adds):
    __iadd__ = None
    __imul__ = None


class NoAdd(Adds):
    __add__ = None


class NoRadd(Adds):
    __radd__ = None


def inplace_add(x):
    x += 1
    return x


def inplace_mul(x):
    x *= 2
    return x


attempt("inplace add", lambda: inplace_add(NoInplace()))
attempt("inplace mul", lambda: inplace_mul(NoInplace()))
attempt("inplace add on Adds", lambda: inplace_add(Adds()))
attempt("NoAdd() + 1", lambda: NoAdd() + 1)
attempt("1 + NoAdd()", lambda: 1 + NoAdd())
attempt("1 + NoRadd()", lambda: 1 + NoRadd())
attempt("NoRadd() + 1", lambda: NoRadd() + 1)
# A method that is missing altogether still gives the operand error.
attempt("NoInplace() @ 1", lambda: NoInplace() @ 1)
