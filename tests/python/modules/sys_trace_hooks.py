# sys.settrace/gettrace and setprofile/getprofile with no hook installed, as
# doctest and test.support.no_tracing use them.
import sys
import doctest

print(sys.gettrace(), sys.getprofile())
print(sys.settrace(None), sys.setprofile(None))
print(sys.gettrace(), sys.getprofile())


def double(x):
    """
    >>> double(2)
    4
    >>> double("ab")
    'abab'
    """
    return x * 2


print(doctest.testmod(verbose=False))
