print("running pkg.sub, __name__ =", __name__)
value = 42
