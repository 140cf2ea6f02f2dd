# Python subclasses of the io classes: overrides are used by the native machinery.
import io


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print(u.write("hello"), u.getvalue(), isinstance(u, io.TextIOBase), Upper.__mro__[1])
print("x", "y", file=u)
print(repr(u.getvalue()))


class Lines(io.StringIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + "|" if line else line


print(list(Lines("a\nb\n")))


class Counter(io.RawIOBase):
    """A raw stream producing bytes 0, 1, 2, ... up to a limit."""

    def __init__(self, limit):
        self.position = 0
        self.limit = limit

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.limit - self.position)
        for i in range(n):
            b[i] = (self.position + i) % 256
        self.position += n
        return n


c = Counter(10)
print(c.read(3), c.read(), c.read(), c.closed)
c = Counter(300)
print(len(c.readall()), isinstance(c, io.RawIOBase))
buffered = io.BufferedReader(Counter(20), buffer_size=4)
print(buffered.read(6), buffered.peek()[:2], buffered.read())


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


text = io.TextIOWrapper(io.BufferedReader(Source("héllo\nwörld\n".encode())), encoding="utf-8")
print(text.readline(), list(text))


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
with io.TextIOWrapper(io.BufferedWriter(sink), encoding="utf-8") as t:
    t.write("one\n")
    t.write("two\n")
    print(sink.chunks)
print(sink.chunks, sink.closed)


class Closing(io.IOBase):
    def flush(self):
        print("flush called, closed =", self.closed)
        super().flush()


with Closing() as obj:
    print("inside", obj.closed)
print("after", obj.closed)
obj.close()


class Lister(io.BytesIO):
    pass


lister = Lister(b"a\nb")
lister.extra = 1
print(list(lister), lister.extra, type(lister).__name__)
