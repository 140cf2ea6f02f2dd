"""A regular package."""
print("running pkg, __package__ =", __package__)
from . import sub
from .sub import value as sub_value
