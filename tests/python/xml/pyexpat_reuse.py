# A parser after its parse: finished, failed or stopped by a handler's
# exception. What Parse, ParseFile, the settings and the positions report
# then (expat's answers; Taipan frees the expat parser at that point).
import pyexpat


class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = 0

    def read(self, n):
        self.calls += 1
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


def state(p):
    return (p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex,
            p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.GetBase())


def again(p):
    for data in (b"", b"<x/>\n", "zz"):
        try:
            print("  parse", p.Parse(data, True))
        except pyexpat.ExpatError as e:
            print("  ", e, e.code, state(p))
    reader = Reader(b"<q/>")
    try:
        p.ParseFile(reader)
    except pyexpat.ExpatError as e:
        print("   file:", e, "reads:", reader.calls)
    print("   SetParamEntityParsing", p.SetParamEntityParsing(1))
    try:
        print("   UseForeignDTD", p.UseForeignDTD())
    except pyexpat.ExpatError as e:
        print("   UseForeignDTD:", e)
    p.SetBase("later")
    print("  ", p.GetBase(), p.GetInputContext())


for doc in [b"<a>\n<b></a>", b"<a><b></a>\n\n<x>", b"<a>&x;</a>", b"<a>\n\n<b>",
            b"<a>\n  <b/>\n</a>", b"<a>\xff</a>"]:
    for final in (True, False):
        p = pyexpat.ParserCreate()
        p.SetBase("base")
        try:
            print(doc, final, "->", p.Parse(doc, final), state(p))
        except pyexpat.ExpatError as e:
            print(doc, final, "->", e, state(p))
        again(p)


def boom(*args):
    raise KeyError("stop")


for name, doc, final in [("StartElementHandler", b"<a><b/></a>", True),
                         ("EndElementHandler", b"<a>text</a>", False),
                         ("CharacterDataHandler", b"<a>text</a>", True),
                         ("CharacterDataHandler", b"<a>text", False)]:
    p = pyexpat.ParserCreate()
    p.buffer_text = True
    setattr(p, name, boom)
    try:
        p.Parse(doc, final)
    except KeyError as e:
        print(name, final, "KeyError", e, state(p), getattr(p, name))
    again(p)

p = pyexpat.ParserCreate()
reader = Reader(b"<a>" + b"<b/>" * 1000 + b"</a")
try:
    p.ParseFile(reader)
except pyexpat.ExpatError as e:
    print("file", e, reader.calls, state(p))
again(p)
