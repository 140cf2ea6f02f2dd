# io.IncrementalNewlineDecoder over a codec decoder and over None.
import codecs
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
for chunk in ["a\r", "\nb\r", "c\rd", "\n", "end\r"]:
    print(repr(d.decode(chunk)), d.getstate(), d.newlines)
print(repr(d.decode("", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())

d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n", final=True)), d.newlines)

inner = codecs.getincrementaldecoder("utf-8")()
d = io.IncrementalNewlineDecoder(inner, translate=True)
print(repr(d.decode(b"caf\xc3")), d.getstate())
print(repr(d.decode(b"\xa9\r")), d.getstate())
d.setstate((b"", 0))
print(repr(d.decode(b"\r\n", final=True)), d.newlines)
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print("TypeError", e)
print(io.text_encoding(None), io.text_encoding("latin-1"), io.DEFAULT_BUFFER_SIZE)
