# __getattribute__/__getattr__ that are descriptors but not functions, a
# metatype's set-only descriptor, a class __doc__ descriptor, member
# descriptors of builtin types, and bound method reprs.
import types


class Descriptor:
    counter = 0

    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter


descr = Descriptor()


class A:
    __getattribute__ = descr


class B:
    __getattr__ = descr


class C:
    __getattribute__ = descr
    __getattr__ = descr


for cls in A, B, C:
    try:
        getattr(cls(), "attr")
    except AttributeError as e:
        print("AttributeError", e, descr.counter)


class SetOnly:
    def __init__(self, name):
        self.name = name

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Meta(type):
    pass


class X(metaclass=Meta):
    pass


X.a = 42
Meta.a = SetOnly("a")
print("metatype set-only descriptor:", X.a)


class DocDescr:
    def __get__(self, obj, owner):
        return "obj=%s owner=%s" % (type(obj).__name__, owner.__name__)


class Documented:
    __doc__ = DocDescr()


print(Documented.__doc__)
print(Documented().__doc__)

print(types.MemberDescriptorType.__name__, types.GetSetDescriptorType.__name__)
print(type(complex.real).__name__, type(property.fget).__name__, type(float.real).__name__)
print(complex.real.__qualname__, complex.real.__objclass__.__name__)
raw = property(lambda self: 1)
for name in "fget", "fset", "fdel":
    try:
        setattr(raw, name, 42)
    except AttributeError as e:
        print(name, "AttributeError", e)


def f():
    pass


for name in "__globals__", "__closure__", "__builtins__":
    try:
        setattr(f, name, {})
    except AttributeError as e:
        print(name, "AttributeError", e)


class MyCallable:
    def __call__(self, arg):
        pass


func = MyCallable()
method = types.MethodType(func, 1)
print(repr(method))
func.__name__ = "name"
print(repr(method))
func.__qualname__ = "qualname"
print(repr(method))
