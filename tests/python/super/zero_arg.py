# Zero-argument super(): where it works and the errors where it cannot.
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
    @staticmethod
    def helper():
        return "helper"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @classmethod
    def make(cls):
        return "child " + super().make()
    def in_comprehension(self):
        return [super().greet() for _ in range(2)]
    def in_lambda(self):
        return (lambda: super().greet())()
    def in_nested_function(self):
        def inner():
            return super().greet()
        try:
            return inner()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
    def in_generator(self):
        yield super().greet()
    def static_helper(self):
        return super().helper()

c = Child()
print(c.greet(), Child.make(), c.make(), c.in_comprehension(), c.in_lambda())
print(c.in_nested_function(), list(c.in_generator()), c.static_helper())

def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)

class NoArgs:
    def method():
        return super()
try:
    NoArgs.method()
except RuntimeError as e:
    print(type(e).__name__, e)

class DelSelf:
    def method(self):
        del self
        return super()
try:
    DelSelf().method()
except RuntimeError as e:
    print(type(e).__name__, e)

class Staticky(Base):
    @staticmethod
    def s():
        return super().helper()
try:
    Staticky.s()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

# __class__ cell
class Cell:
    def which(self):
        return __class__
    def which_name(self):
        return __class__.__name__
print(Cell().which() is Cell, Cell().which_name())
class SubCell(Cell):
    pass
print(SubCell().which() is Cell)

# super with *args as self
class Varargs(Base):
    def greet(*args):
        return "varargs " + super().greet()
print(Varargs().greet())

# rebinding the first argument changes what super() sees
class Rebind(Base):
    def greet(self):
        self = Child()
        return super().greet()
print(Rebind().greet())
class Wrong(Base):
    def greet(self):
        self = 5
        return super().greet()
try:
    Wrong().greet()
except TypeError as e:
    print(type(e).__name__, e)
