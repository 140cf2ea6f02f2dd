# SystemExit through finally blocks and its exit status.
import sys
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("cleanup ran")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
try:
    raise SystemExit("message goes to stderr")
except SystemExit as e:
    print(e.code)
try:
    exit_code = None
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
print("exiting")
sys.exit("final message")
