# Linux-specific os functions through libc: eventfd, memfd_create,
# copy_file_range, splice, readv/writev, extended attributes; argument checks.
import os, struct, select, tempfile, shutil, errno
print({n: getattr(os,n) for n in dir(os) if n.startswith(('MFD_','SPLICE_','EFD_','XATTR_'))})
fd = os.eventfd(42)
print(os.get_inheritable(fd), os.read(fd, 8) == struct.pack("@Q", 42))
os.eventfd_write(fd, 20); os.eventfd_write(fd, 3); print(os.eventfd_read(fd))
os.close(fd)
fd = os.eventfd(2, os.EFD_CLOEXEC | os.EFD_SEMAPHORE | os.EFD_NONBLOCK)
print(os.eventfd_read(fd), os.eventfd_read(fd))
try: os.eventfd_read(fd)
except BlockingIOError as e: print(e)
print(select.select([fd], [fd], [fd], 0) == ([], [fd], []))
os.close(fd)
for f, a in [(os.copy_file_range, (0,1,-10)), (os.splice, (0,1,-10)), (os.copy_file_range, (0,1,10,'a')), (os.splice, (0,1,1,None,None,-1)), (os.readv, (0, 5)), (os.writev, (0, 5)), (os.readv, (0, [b'a'])), (os.writev, (1, [5])), (os.readv, (0, {})), (os.memfd_create, (5,)), (os.memfd_create, ('a', -1)), (os.readv, (-1, [])), (os.writev, (-1, [])),
  (os.copy_file_range,(2**40,1,1)),(os.splice,(2**40,1,1)),(os.copy_file_range,(0,1,2**70)),(os.eventfd,(0,2**40)),(os.readv,(2**40,[])), (os.copy_file_range,(0,1,1,2**70)), (os.splice,(0,1,1,None,None,2**40)),
  (os.eventfd, (-1,)), (os.eventfd, (2**32,)), (os.eventfd, ('a',)), (os.eventfd, (1.5,)), (os.eventfd, (2**64,)),
  (os.eventfd_write, (0,-1)), (os.eventfd_write, (0, 2**64)), (os.eventfd_write, (0,'a')), (os.eventfd_write, ('a',1)), (os.eventfd_write, (-1, 1)), (os.eventfd_read, ('a',)), (os.eventfd_read, (-1,)), (os.eventfd_read, (2**40,))]:
    try: print(f.__name__, f(*a))
    except Exception as e: print(f.__name__, type(e).__name__, e)
d = tempfile.mkdtemp()
src = os.path.join(d, 'a'); dst = os.path.join(d, 'b')
with open(src, 'wb') as f: f.write(b'0123456789')
i = os.open(src, os.O_RDONLY); o = os.open(dst, os.O_RDWR | os.O_CREAT)
print(os.copy_file_range(i, o, 6, offset_src=3, offset_dst=5))
print(open(dst, 'rb').read())
r, w = os.pipe()
print(os.splice(i, w, 5, offset_src=2), os.read(r, 100))
print(os.writev(w, [b'ab', bytearray(b'cd'), memoryview(b'ef')]))
a, b = bytearray(3), bytearray(10)
print(os.readv(r, [a, memoryview(b)[2:5]]), a, b)
print(os.writev(w, []), os.readv(r, []))
m = os.memfd_create('test')
print(os.write(m, b'xyz'), os.lseek(m, 0, 0), os.read(m, 10), os.get_inheritable(m))
for x in (i, o, r, w, m): os.close(x)
# Extended attributes themselves depend on the file system; only their errors are checked.
for f, a in [(os.getxattr, ('/nonexistent-file', 'user.x')), (os.setxattr, ('/nonexistent-file', 'user.x', b'')),
             (os.removexattr, ('/nonexistent-file', 'user.x')), (os.getxattr, (src, 5)), (os.setxattr, (src, 'user.x', 5)),
             (os.getxattr, (-1, 'user.x'))]:
    try: f(*a)
    except Exception as e: print(f.__name__, type(e).__name__, e)
try: os.listxattr('/nonexistent-file')
except OSError as e: print(type(e).__name__, e)
shutil.rmtree(d)
