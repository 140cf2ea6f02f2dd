import sys as _sys
visible = 1
_invisible = 2
