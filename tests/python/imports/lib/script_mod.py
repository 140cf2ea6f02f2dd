import sys
print(__name__, repr(__package__), __spec__.name, sys.argv[1:], sys.argv[0] == __file__)
print(sys.path[0] == __file__.rpartition("/")[0])
if __name__ == "__main__":
    raise SystemExit(3)
