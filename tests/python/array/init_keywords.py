# array.array has no __init__ of its own (object's is inherited), and
# array_new refuses keyword arguments unless the class being built has an
# __init__ other than array.array's, which may take them.
import array
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

class Plain(array.array):
    pass


class WithInit(array.array):
    def __init__(self, *args, **kw):
        print("init", args, kw)


class InheritsInit(WithInit):
    pass


class SameInit(array.array):
    __init__ = array.array.__init__


print(array.array.__init__ is object.__init__)
print("__init__" in array.array.__dict__)
attempt("array kw", lambda: array.array("b", [1], x=2))
attempt("array only kw", lambda: array.array(x=2))
attempt("plain kw", lambda: Plain("b", [1], x=2))
attempt("plain only kw", lambda: Plain(x=2))
attempt("plain", lambda: Plain("b", [1]))
attempt("with init kw", lambda: WithInit("b", [1], x=2))
attempt("inherits init kw", lambda: InheritsInit("b", [1], x=2))
attempt("same init kw", lambda: SameInit("b", [1], x=2))
attempt("__init__ extra args", lambda: array.array.__init__(array.array("b"), 1, 2, x=3))
attempt("__new__ kw", lambda: array.array.__new__(array.array, "b", x=2))
attempt("__new__ plain kw", lambda: array.array.__new__(Plain, "b", x=2))
attempt("__new__ with init kw", lambda: array.array.__new__(WithInit, "b", [3], x=2))
