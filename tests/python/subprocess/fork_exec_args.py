# _posixsubprocess.fork_exec's argument checking, and a direct call.
import os
import _posixsubprocess

print(_posixsubprocess.__doc__)
print([name for name in dir(_posixsubprocess) if not name.startswith("__")])


def args(**changes):
    values = dict(
        args=[b"/bin/sh", "-c", "exit 3"], executable_list=(b"/bin/sh",), close_fds=False,
        fds_to_keep=(), cwd=None, env=None, p2cread=-1, p2cwrite=-1, c2pread=-1, c2pwrite=-1,
        errread=-1, errwrite=-1, errpipe_read=-1, errpipe_write=-1, restore_signals=True,
        call_setsid=False, pgid_to_set=-1, gid=None, extra_groups=None, uid=None,
        child_umask=-1, preexec_fn=None, allow_vfork=True)
    values.update(changes)
    return list(values.values())


def attempt(*a):
    try:
        return _posixsubprocess.fork_exec(*a)
    except Exception as e:
        print(type(e).__name__, e)


attempt()
attempt(*args()[:22])
attempt(*args(fds_to_keep=[5]))
attempt(*args(fds_to_keep=(5, 4)))
attempt(*args(fds_to_keep=(-1,)))
attempt(*args(fds_to_keep=(3, 3)))
attempt(*args(fds_to_keep=("3",)))
attempt(*args(errpipe_write=2, close_fds=True))
attempt(*args(executable_list=("/bin/sh",)))
attempt(*args(env=["A=1"]))
attempt(*args(args=[1]))
attempt(*args(args=["a\0b"]))
attempt(*args(p2cread="0"))

errpipe_read, errpipe_write = os.pipe()
pid = _posixsubprocess.fork_exec(*args(errpipe_read=errpipe_read, errpipe_write=errpipe_write,
                                       fds_to_keep=(errpipe_write,), close_fds=True))
os.close(errpipe_write)
print(os.read(errpipe_read, 100))
os.close(errpipe_read)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status))

# An exec failure is written to the error pipe in subprocess's format.
errpipe_read, errpipe_write = os.pipe()
pid = _posixsubprocess.fork_exec(*args(errpipe_read=errpipe_read, errpipe_write=errpipe_write,
                                       executable_list=(b"/nonexistent/a", b"/nonexistent/b"),
                                       fds_to_keep=(errpipe_write,)))
os.close(errpipe_write)
print(os.read(errpipe_read, 100))
os.close(errpipe_read)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status))
