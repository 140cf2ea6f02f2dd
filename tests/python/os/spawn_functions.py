# os.spawn* (posix_spawn standing in for os.py's fork): exit codes, P_NOWAIT pids,
# PATH search from env, exec failures as a child exiting 127, argument checks.
import os
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
sh = '/bin/sh'
print(os.spawnv(os.P_WAIT, sh, ['sh', '-c', 'exit 17']))
print(os.spawnl(os.P_WAIT, sh, 'sh', '-c', 'exit 3'))
print(os.spawnve(os.P_WAIT, sh, ['sh', '-c', 'exit $X'], {'X': '9'}))
print(os.spawnle(os.P_WAIT, sh, 'sh', '-c', 'exit $X', {'X': '8'}))
print(os.spawnvp(os.P_WAIT, 'sh', ['sh', '-c', 'exit 4']))
print(os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'exit 5'))
print(os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'exit $X'], {'X': '6', 'PATH': '/bin:/usr/bin'}))
print(os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'exit $X'], {'X': '6', 'PATH': '/nonexistent'}))
print(os.spawnlpe(os.P_WAIT, b'sh', b'sh', b'-c', b'exit $X', {b'X': b'7'}))
print(os.spawnv(os.P_WAIT, '/nonexistent', ['x']))
print(os.spawnv(os.P_WAIT, 5, ['x']))
print(os.spawnve(os.P_WAIT, sh, ['x'], {'A=B': 'c'}))
print(os.spawnve(os.P_WAIT, sh, ['x'], {'A\0B': 'c'}))
print(os.spawnv(os.P_WAIT, sh, ['sh', '-c', 'kill -9 $$']))
pid = os.spawnv(os.P_NOWAIT, sh, ['sh', '-c', 'exit 12'])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.spawnv(os.P_NOWAIT, '/nonexistent', ['x'])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for args in [(os.P_WAIT, sh, 'abc'), (os.P_WAIT, sh, []), (os.P_WAIT, sh, ['']), (os.P_WAIT, sh, [0])]:
    try: os.spawnv(*args)
    except Exception as e: print(type(e).__name__, e)
fd = os.open(sh, os.O_RDONLY)
print(os.spawnve(os.P_WAIT, fd, ['sh', '-c', 'exit 21'], {}))
os.close(fd)
class FakePath:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(os.spawnv(os.P_WAIT, FakePath(sh), ['sh', '-c', 'exit 22']))
print(os.spawnv(os.P_WAIT, sh, [FakePath('sh'), '-c', 'exit 23']))
print(os.spawnv(2, sh, ['sh', '-c', 'exit 24']))
env = dict(os.environ)
env["NAME-WITH-DASH"] = "kept"
import sys
code = "import os, sys; sys.exit(0 if os.environ.get('NAME-WITH-DASH') == 'kept' else 1)"
print(os.spawnve(os.P_WAIT, sys.executable, [sys.executable, "-c", code], env))
