# Waiting and signals: poll, wait, terminate, kill, send_signal, negative
# return codes, timeouts, and the dispositions restore_signals resets.
import signal
import subprocess

p = subprocess.Popen(["/bin/sh", "-c", "sleep 10"])
print(p.poll(), p.returncode)
p.terminate()
print(p.wait(), p.poll(), p.returncode)

p = subprocess.Popen(["/bin/sh", "-c", "sleep 10"])
p.kill()
print(p.wait())

p = subprocess.Popen(["/bin/sh", "-c", "sleep 10"])
p.send_signal(signal.SIGINT)
print(p.wait())

p = subprocess.Popen(["/bin/sh", "-c", "exit 4"])
print(p.wait(), p.wait(timeout=1))
p.kill()  # already reaped: nothing happens

print(subprocess.run(["/bin/sh", "-c", "kill -9 $$"]).returncode)
try:
    subprocess.run(["/bin/sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(["/bin/sh", "-c", "kill -HUP $$"])
except subprocess.CalledProcessError as e:
    print(e)

try:
    subprocess.run(["/bin/sh", "-c", "sleep 5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)

p = subprocess.Popen(["/bin/sh", "-c", "sleep 5"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
p.kill()
print(p.wait())

p = subprocess.Popen(["/bin/sh", "-c", "echo started; sleep 5"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.output)
    p.kill()
    out, err = p.communicate()
    print(out, err, p.returncode)

try:
    subprocess.run(["/bin/sh", "-c", "echo early; sleep 5"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.stdout, e.stderr)


def ignored_signals(**kwargs):
    out = subprocess.run(["/bin/sh", "-c", "grep SigIgn /proc/self/status"],
                         capture_output=True, text=True, **kwargs).stdout
    mask = int(out.split()[1], 16)
    return [s for s in (signal.SIGPIPE, signal.SIGINT, signal.SIGUSR1)
            if mask & (1 << (s - 1))]


print(ignored_signals())
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(ignored_signals())  # an ignored signal stays ignored in the child
signal.signal(signal.SIGUSR1, old)
print(ignored_signals())
print(signal.SIGPIPE in ignored_signals(restore_signals=False))

# Part of stdout read through the buffered file, then killed and communicated
# (closing a reader with unread read-ahead on a pipe must not seek).
p = subprocess.Popen(["/bin/sh", "-c", "echo x; exec sleep 10"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout.read(1))
p.kill()
print(p.communicate(), p.returncode)
