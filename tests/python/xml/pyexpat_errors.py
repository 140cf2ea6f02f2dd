# ExpatError: message, code, lineno, offset; the errors and model modules;
# exceptions raised by handlers propagate unchanged and clear the handlers.
import io
import pyexpat
from xml.parsers import expat
from xml.parsers.expat import errors, model

print(expat.ExpatError is pyexpat.ExpatError is pyexpat.error, expat.ExpatError.__mro__)
print(pyexpat.EXPAT_VERSION.startswith("expat_"), len(pyexpat.version_info), pyexpat.native_encoding)
print(type(pyexpat.features), all(isinstance(f, tuple) for f in pyexpat.features))
print(errors.XML_ERROR_SYNTAX, errors.codes[errors.XML_ERROR_TAG_MISMATCH], errors.messages[4])
print(len(errors.codes), len(errors.messages), errors.__name__, model.__name__)
print(model.XML_CTYPE_SEQ, model.XML_CQUANT_PLUS, model.__doc__)
print(pyexpat.ErrorString(3), pyexpat.ErrorString(0), pyexpat.ErrorString(1000))
print(pyexpat.XMLParserType, type(pyexpat.ParserCreate()).__name__)

for doc in [b"<a><b></a>", b"<a>", b"", b"<a></a><b/>", b"<a x='1' x='2'/>", b"<a>&nope;</a>",
            b"<a>\n\n  <b attr=oops/></a>", b"\xff\xfe<", "<a>\u00e9</b>"]:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        print(repr(e), e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber,
              p.ErrorColumnNumber, p.ErrorByteIndex, errors.messages[e.code] == str(e).split(":")[0])

# A parser that finished refuses more input.
p = pyexpat.ParserCreate()
p.Parse(b"<a/>", True)
try:
    p.Parse(b"<b/>", True)
except expat.ExpatError as e:
    print(e, e.code, p.ErrorCode)

# Exceptions from handlers.
class Boom(Exception):
    pass

p = pyexpat.ParserCreate()
calls = []
def start(name, attrs):
    calls.append(name)
    if name == "b":
        raise Boom(name)
p.StartElementHandler = start
p.EndElementHandler = lambda name: calls.append("/" + name)
try:
    p.Parse(b"<a><b><c/></b><d/></a>", True)
except Boom as e:
    print("Boom", e.args, calls, p.StartElementHandler, p.EndElementHandler)

p = pyexpat.ParserCreate()
p.buffer_text = True
def data(text):
    raise ValueError(text)
p.CharacterDataHandler = data
try:
    p.Parse(b"<a>some text</a>", True)
except ValueError as e:
    print("ValueError", e)

p = pyexpat.ParserCreate()
p.NotStandaloneHandler = lambda: None
try:
    p.Parse(b'<!DOCTYPE r SYSTEM "r.dtd"><r/>', True)
except TypeError as e:
    print("TypeError", e)

# Argument checking.
for args, kwargs in [((), {"namespace_separator": "ab"}), ((), {"namespace_separator": 3}),
                     ((3,), {}), ((), {"intern": []}), (("utf-8", "", None), {})]:
    try:
        print(type(pyexpat.ParserCreate(*args, **kwargs)).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = pyexpat.ParserCreate()
for value in ("x", 0, -1, 2**40):
    try:
        p.buffer_size = value
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    p.ParseFile(3)
except TypeError as e:
    print("TypeError", e)
class Reader:
    def read(self, n):
        return "str"
try:
    p.ParseFile(Reader())
except TypeError as e:
    print("TypeError", e)
try:
    pyexpat.xmlparser
except AttributeError as e:
    print("AttributeError", e)
try:
    type(p)()
except TypeError as e:
    print("TypeError", e)

# ParseFile reads in chunks.
p = pyexpat.ParserCreate()
count = []
p.StartElementHandler = lambda name, attrs: count.append(name)
print(p.ParseFile(io.BytesIO(b"<r>" + b"<i>x</i>" * 3000 + b"</r>")), len(count))

# The traceback of a handler's exception has CPython's entry for pyexpat.c.
import traceback
def comment(text):
    return 1 / 0
p = pyexpat.ParserCreate()
p.CommentHandler = comment
try:
    p.Parse(b"<a><!--c--></a>", True)
except ZeroDivisionError as e:
    print([(entry.name, entry.lineno if entry.filename.endswith(".c") else None)
           for entry in traceback.extract_tb(e.__traceback__)])
