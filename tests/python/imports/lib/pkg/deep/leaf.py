print("running pkg.deep.leaf, __package__ =", __package__)
from ..sub import value
from .. import sub as sub2
print("leaf sees", value, sub2.value)
