# An exception escaping an imported module: the traceback runs through the
# importing line and the module's own frames.
import sys
sys.path.insert(0, "lib")

print("before")
import fails_inside
