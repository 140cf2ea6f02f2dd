# Circular imports: the partially initialised module is what the second
# import gets; names it has not defined yet are missing, with CPython's hints.
import sys
sys.path.insert(0, "lib")

import circ_a
print(circ_a.early, circ_a.circ_b.done, sys.modules["circ_b"] is circ_a.circ_b)
print(circ_a.__spec__._initializing, circ_a.circ_b.__spec__._initializing)
