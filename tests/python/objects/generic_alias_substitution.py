# Subscribing a GenericAlias or a UnionType substitutes its type variables
# (TypeVarTuple and unpacked tuples too), with CPython's errors.
import typing
T = typing.TypeVar("T")
S = typing.TypeVar("S")
Ts = typing.TypeVarTuple("Ts")
print(list[T][int], dict[str, T][int], dict[T, list[S]][str, int])
print((float | list[T])[int], (float | list[T])[int] == float | list[int])
print(list[int | list[T]].__parameters__, list[int | list[T]][str])
print((list[T] | list[S]).__parameters__, (list[T] | list[S])[int, T], (list[T] | list[S])[int, int])
print(dict[T, S].__parameters__, list[T].__parameters__, list[int].__parameters__)
for bad in [lambda: list[int][str], lambda: dict[T, S][int], lambda: list[T][int, str], lambda: (int | str)[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(tuple[T, *Ts][int, str, float], tuple[*Ts][int, str])
print(tuple[T, *Ts][int], tuple[T, *Ts][int, *tuple[str, float]])
print(list[T][*tuple[int]], type(list[T][int]).__name__)
x = int | T | bytes
print(x[str], x[list[int]], x.__parameters__)
print(list[typing.List[T]][int], list[typing.List[T]].__parameters__)
