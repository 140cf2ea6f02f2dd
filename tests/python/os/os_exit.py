# os._exit ends the process at once: no atexit callbacks, buffered output
# flushed only by hand, the status given.
import atexit
import os
import sys

atexit.register(print, "never printed")
print("before _exit")
sys.stdout.flush()
os._exit(7)
