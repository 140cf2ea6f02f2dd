# A metaclass's own __getattribute__ (and __getattr__) decide its classes' attributes;
# type.__getattribute__ is type's own slot (what super() in a metaclass reaches).
class Meta(type):
    def __getattribute__(cls, name):
        if name == "tag":
            return lambda: "meta"
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        return "fallback " + name
class Tagged(metaclass=Meta):
    x = 5
    def tag():
        return "class"
print(Tagged.tag(), Tagged.x, Tagged.missing, Tagged.__name__)
print(type.__getattribute__(Tagged, "x"), type.__getattribute__(Tagged, "tag")())
try:
    type.__getattribute__(Tagged, "missing")
except AttributeError as e:
    print("AE", e)
print(type.__dict__["__getattribute__"])
print(isinstance(Tagged, Meta), isinstance(int, type), getattr(int, "real").__class__.__name__)
class Plain: y = 1
print(Plain.y, getattr(Plain, "nope", "dflt"), hasattr(Plain, "y"))
