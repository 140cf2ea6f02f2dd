# faulthandler: enable/disable/is_enabled, and dump_traceback written to a
# descriptor in CPython's format.
import faulthandler
import os

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())


def inner(fd):
    faulthandler.dump_traceback(fd, all_threads=False)


def outer(fd):
    inner(fd)


r, w = os.pipe()
outer(w)
os.close(w)
text = os.read(r, 10000).decode()
os.close(r)
for line in text.splitlines():
    print(line.replace(__file__, "<this file>"))
faulthandler.cancel_dump_traceback_later()
