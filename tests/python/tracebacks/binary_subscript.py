def g(d):
    return d['key'] + 1

g({'key': 's'})
