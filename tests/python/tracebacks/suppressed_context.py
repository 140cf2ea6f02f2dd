try:
    {}['x']
except KeyError:
    raise TypeError('t') from None
