leaf = __name__
