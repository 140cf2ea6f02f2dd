# Python code that an operation runs implicitly (a getter, an operator's
# method, __getitem__, __bool__, __iter__, __next__, __format__, ...) sees
# its caller's f_lineno at the operation's line, not at the caller's last
# call. Each operation is preceded by a plain assignment on its own line.
import sys


def where():
    return sys._getframe(2).f_lineno


class P:
    @property
    def prop(self):
        return where()

    @prop.setter
    def prop(self, value):
        print("setter", where())

    def __add__(self, o):
        return where()

    def __getitem__(self, k):
        return where()

    def __setitem__(self, k, v):
        print("setitem", where())

    def __delitem__(self, k):
        print("delitem", where())

    def __eq__(self, o):
        return where()

    def __lt__(self, o):
        return where()

    def __iter__(self):
        return self

    def __next__(self):
        print("next", where())
        raise StopIteration

    def __len__(self):
        return where()

    def __bool__(self):
        return where() > 0

    def __contains__(self, x):
        return where()

    def __neg__(self):
        return where()

    def __format__(self, spec):
        return str(where())

    def __getattr__(self, name):
        return where()

    __hash__ = object.__hash__


def f():
    p = P()
    a = 1
    print("getter", p.prop)
    a = 2
    p.prop = 5
    a = 3
    print("add", p + 1)
    a = 4
    print("getitem", p[1])
    a = 5
    p[1] = 2
    a = 6
    del p[1]
    a = 7
    print("eq", p == 1)
    a = 8
    print("lt", p < 1)
    a = 9
    for x in p:
        pass
    a = 10
    print("len", len(p))
    a = 11
    if p:
        a = 12
    print("in", 1 in p)
    a = 13
    print("neg", -p)
    a = 14
    print("format", f"{p}")
    a = 15
    print("getattr", p.missing)
    a = 16
    x, = [p.missing]
    print("unpacked", x)


f()
