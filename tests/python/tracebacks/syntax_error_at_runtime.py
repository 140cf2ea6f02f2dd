import sys
sys.path.insert(0, "lib")
try:
    compile("x = (1 2)", "<mine>", "exec")
except SyntaxError as e:
    print("caught:", e.msg, e.lineno, e.offset)
import broken_module
