# list[int] and friends (types.GenericAlias), int | str (types.UnionType).
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()])
x = list[int]([1])
print(x, list[int].__origin__, list[int].__args__, list[int] == list[int], list[int] == list[str])


class L(list[int]):
    pass

print(L.__mro__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
u = int | str
print(u, type(u).__name__, u.__args__, int | None, isinstance(3, u), isinstance(3.0, u))
print(issubclass(bool, int | str), int | int, (int | str) == (str | int), list[int] | None)
