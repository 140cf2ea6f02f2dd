import sys
print(__name__, __package__, __spec__.name, __file__.endswith("runnable/__main__.py"))
print(sys.argv[0].endswith("runnable/__main__.py"), sys.argv[1:])
print(sys.modules["__main__"].__dict__ is globals(), "runnable" in sys.modules)
