# hash(X | Y) is the hash of frozenset({X, Y}): the order does not matter,
# and typing.Union hashes alike.
import typing

print(hash(int | str) == hash(str | int))
print(hash(int | str) == hash(typing.Union[int, str]))
print(hash(int | list[int] | None) == hash(frozenset({int, list[int], type(None)})))
print(len({int | str, str | int, int | str | None}))
