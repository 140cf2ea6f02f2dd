"""Functions and classes for inspect."""
import functools


def add(a, b=2, *args, c, d=4, **kwargs):
    """Add two numbers."""
    return a + b


class Shape:
    """A shape."""

    sides = 0

    def area(self, scale: float = 1.0) -> float:
        return 0.0 * scale


@functools.wraps(add)
def wrapped(*args, **kwargs):
    return add(*args, **kwargs)


lambda_value = lambda x, y=1: x + y  # noqa: E731
