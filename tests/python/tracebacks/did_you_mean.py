# "Did you mean" suggestions of the C-level report (sys.__excepthook__ and
# uncaught exceptions): NameError from locals, globals and builtins;
# AttributeError from dir(obj), including errors a __getattr__ or property
# raised without name/obj; cases that must not suggest.
import math
import sys


def report(f):
    try:
        f()
    except BaseException:
        sys.__excepthook__(*sys.exc_info())


def substitution():
    noise = more_noise = a = bc = None
    blech = None
    print(bluch)


def elimination():
    blch = None
    print(bluch)


def addition():
    bluchin = None
    print(bluch)


global_for_suggestions = None


def from_globals():
    print(global_for_suggestio)


def from_builtins():
    print(ZeroDivisionErrrrr)


for f in substitution, elimination, addition, from_globals, from_builtins:
    report(f)


class Substitution:
    blech = None


class NoArgs:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()


class BadArgs:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError("Error", 23)


class Inner:
    bluch = 1


class Outer:
    def __getattribute__(self, attr):
        return Inner().blich


class Prop:
    propp = 1

    @property
    def prop(self):
        raise AttributeError


class Long:
    fiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii = None


report(lambda: Substitution().bluch)
report(lambda: Substitution().BLECH)
report(lambda: NoArgs().bluch)
report(lambda: BadArgs().bluch)
report(lambda: Outer().something)
report(lambda: Prop().prop)
report(lambda: math.sine)
report(lambda: [].apend)
report(lambda: Long().fiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii)
big = type("Big", (), {"attr%d" % i: None for i in range(1000)})
report(lambda: big().attr)
report(lambda: Substitution().blech.upper)


def raise_with_bad_name():
    raise AttributeError(name=12, obj=23)


report(raise_with_bad_name)
try:
    Substitution().bluch
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    NoArgs().bluch
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
print(bluch)
