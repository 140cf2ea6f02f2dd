# A write past RLIMIT_FSIZE fails with EFBIG (SIGXFSZ is ignored), it does not kill the process.
import errno
import os
import resource
import signal
import tempfile

print(signal.getsignal(signal.SIGXFSZ))
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
fd, path = tempfile.mkstemp()
try:
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
    try:
        print(os.write(fd, b"X" * 1024))
        try:
            os.write(fd, b"Y")
        except OSError as error:
            print(type(error).__name__, error.errno == errno.EFBIG)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    print(os.write(fd, b"Z"), os.fstat(fd).st_size)
finally:
    os.close(fd)
    os.unlink(path)
