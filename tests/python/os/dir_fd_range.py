# dir_fd is checked as a C int before it reaches libc (it used to reach the
# FFI as a huge number, a JS TypeError); a wrong type is TypeError.
import os
import tempfile

directory = tempfile.mkdtemp()
name = os.path.join(directory, "f")
open(name, "w").close()
fd = os.open(directory, os.O_RDONLY)
print(os.stat("f", dir_fd=fd) == os.stat(name), os.stat(name, dir_fd=None) == os.stat(name))
for value in [10**20, -(10**20), 2**31, -(2**31) - 1]:
    for call in [
        lambda: os.stat("f", dir_fd=value),
        lambda: os.open("f", os.O_RDONLY, dir_fd=value),
        lambda: os.unlink("f", dir_fd=value),
        lambda: os.mkdir("d", dir_fd=value),
    ]:
        try:
            call()
        except OverflowError as error:
            print("OverflowError", error)
for value in [os.getcwd(), 1.5]:
    try:
        os.stat("f", dir_fd=value)
    except TypeError as error:
        print("TypeError", error)
os.close(fd)
os.unlink(name)
os.rmdir(directory)
