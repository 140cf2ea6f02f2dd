# A __dict__ descriptor from a Python base, used on a class (a metaclass with
# that base) or a module, defers to type's or module's own, read-only one
# (CPython's subtype_dict/subtype_setdict).
class Base(object):
    pass
class Meta1(type, Base):
    pass
class D(object, metaclass=Meta1):
    pass
dict_descr = Base.__dict__["__dict__"]
print(dict_descr)
try:
    dict_descr.__set__(D, {})
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    D.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    del D.__dict__
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    print(dict_descr.__get__(D))
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class C: pass
c = C()
try: dict_descr.__set__(c, {"a": 1})
except TypeError as e: print(e)
try: dict_descr.__set__(1, {})
except TypeError as e: print(e)
import types
class Module1(types.ModuleType, Base):
    pass
m = Module1("spam")
for f in (lambda: dict_descr.__set__(m, {}), lambda: dict_descr.__delete__(m)):
    try: f()
    except (AttributeError, TypeError) as e: print(type(e).__name__)
print(dict_descr.__get__(m) is m.__dict__, sorted(dict_descr.__get__(m)))
class E(Exception, Base): pass
e = E(); e.x = 1
print(dict_descr.__get__(e))
dict_descr.__set__(e, {'y': 2}); print(e.y)


# An exception's __dict__ can be replaced, not deleted, through a Python
# base's descriptor too.
def can_delete_dict(e):
    try:
        del e.__dict__
    except (TypeError, AttributeError) as error:
        return type(error).__name__
    return True


class Exception2(Base, Exception):
    pass


for ExceptionType in Exception, E, Exception2:
    e = ExceptionType()
    e.__dict__ = {"a": 1}
    print(e.a, can_delete_dict(e))
c = C()
c.x = 1
del c.__dict__
print(c.__dict__)
