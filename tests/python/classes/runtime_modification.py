# Changing classes at run time: methods added or removed, attribute shadowing, bases swapped.
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
d = Dog()
print(d.speak())
Animal.speak = lambda self: "replaced speak"
print(d.speak())
Dog.speak = lambda self: "dog speak"
print(d.speak(), Animal().speak())
del Dog.speak
print(d.speak())
d.sound = "instance sound"
print(d.sound, Dog.sound)
del d.sound
print(d.sound)
Dog.sound = "class changed"
print(d.sound)
del Dog.sound
print(d.sound)
try:
    del Dog.sound
except AttributeError as e:
    print(type(e).__name__, e)

def fetch(self, thing):
    return f"fetched {thing}"
Dog.fetch = fetch
print(d.fetch("ball"), Dog.fetch.__qualname__)
setattr(Dog, "roll", lambda self: "rolling")
print(d.roll())
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))

class Cat(Animal):
    sound = "meow"
class Robot:
    sound = "beep"
    def speak(self):
        return "robot " + self.sound
class Hybrid(Cat):
    pass
h = Hybrid()
print(h.speak())
Hybrid.__bases__ = (Robot,)
print(h.speak(), isinstance(h, Animal), Hybrid.__mro__[1].__name__)

class Counter:
    count = 0
    def inc(self):
        self.count += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc()
print(c1.count, c2.count, Counter.count, "count" in vars(c1))

class Lazy:
    def __getattr__(self, name):
        value = name * 2
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.ab, vars(lz))
Lazy.__getattr__ = lambda self, name: "patched getattr"
print(lz.zz, lz.ab)
del Lazy.__getattr__
try:
    lz.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Props:
    pass
Props.size = property(lambda self: 42)
print(Props().size)
Props.__len__ = lambda self: 3
Props.__repr__ = lambda self: "Props()"
print(len(Props()), repr(Props()), [Props()])
Props.__eq__ = lambda self, other: True
print(Props() == 1, Props.__hash__ is not None)
