import errno
print(errno.ENOENT, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(list(errno.errorcode.items())[:10])
print([k for k in vars(errno) if k.startswith('E')][:10], sum(1 for k in vars(errno) if k.startswith('E')))
print(sorted(errno.errorcode.items()) == sorted((getattr(errno, n), n) for n in errno.errorcode.values()))
