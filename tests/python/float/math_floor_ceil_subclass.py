# math.floor and math.ceil call a float subclass's own __floor__/__ceil__
# (only an exact float takes the direct route).
import math


class Rounds(float):
    def __ceil__(self):
        return "ceil hook"

    def __floor__(self):
        return "floor hook"


class Plain(float):
    pass


class Other:
    def __ceil__(self):
        return 42


print(math.ceil(Rounds(1.5)), math.floor(Rounds(1.5)))
print(math.ceil(Plain(1.5)), math.floor(Plain(-1.5)), type(math.ceil(Plain(2.5))).__name__)
print(math.ceil(2.5), math.floor(-2.5), math.ceil(Other()))
try:
    math.floor(Other())
except TypeError as error:
    print("TypeError:", error)
