try:
    {}['x']
except KeyError:
    int('zz')
