print("running pkg.other")
from .sub import value
from . import sub as again
from .deep import leaf
