# Classes: attributes, inheritance, super(), properties, class/static methods, dunders.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex")
print(d, d.speak(), d.kind, Animal.kind, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__, Dog.__bases__, Dog.__name__, Dog.__qualname__)

class Temperature:
    def __init__(self):
        self._celsius = 0
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9

t = Temperature()
t.fahrenheit = 212
print(t._celsius, t.fahrenheit)

class Counter:
    instances = 0
    @classmethod
    def create(cls):
        cls.instances += 1
        return cls()
    @staticmethod
    def describe():
        return "a counter"

Counter.create(); Counter.create()
print(Counter.instances, Counter.describe(), Counter().describe())

class Vector:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, index):
        return self.items[index]
    def __eq__(self, other):
        return isinstance(other, Vector) and self.items == other.items
    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.items, other.items)])
    def __repr__(self):
        return "Vector(" + ", ".join(map(repr, self.items)) + ")"

v = Vector(1, 2, 3) + Vector(10, 20, 30)
print(v, len(v), v[1], list(v), v == Vector(11, 22, 33), v != Vector(1))
print(bool(Vector()), bool(v))

class Plain:
    pass
p = Plain()
p.x = 1
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "y"), getattr(p, "y", "default"))
