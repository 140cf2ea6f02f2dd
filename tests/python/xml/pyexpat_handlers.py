# pyexpat's handlers: the arguments each receives, interning, attribute
# containers, character-data buffering, namespaces, DTD declarations.
import pyexpat

DOC = b"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE root SYSTEM "root.dtd" [
  <!ELEMENT root (item+, note?)>
  <!ELEMENT item (#PCDATA|b)*>
  <!ATTLIST item id ID #REQUIRED kind CDATA "plain">
  <!ENTITY greeting "hello &#233;">
  <!ENTITY logo SYSTEM "logo.png" NDATA png>
  <!NOTATION png SYSTEM "image/png">
]>
<root xmlns:x="http://example.com/x">
  <!-- a comment -->
  <?target some data?>
  <item id="i1">text &greeting; <b>bold</b></item>
  <item id="i2" kind="fancy"><![CDATA[<raw> & stuff]]></item>
  <x:thing x:attr="v"/>
</root>
"""

events = []

def recorder(name):
    def handler(*args):
        events.append((name,) + args)
    return handler

HANDLERS = [
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
]

def run(**options):
    events.clear()
    p = pyexpat.ParserCreate(**options.pop("create", {}))
    for name in HANDLERS:
        setattr(p, name, recorder(name[:-7]))
    for key, value in options.items():
        setattr(p, key, value)
    print("result", p.Parse(DOC, True))
    for event in events:
        print(" ", event)
    return p

run()
run(ordered_attributes=True, specified_attributes=True)
run(buffer_text=True)
p = run(create={"namespace_separator": "|"}, namespace_prefixes=True)
print(sorted(p.intern, key=str)[:5], len(p.intern))

# Interned names are the same object each time.
names = []
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda name, attrs: names.append(name)
p.Parse("<a><a/><a/></a>", True)
print(len(names), all(n is names[0] for n in names), list(p.intern))
p = pyexpat.ParserCreate(intern=None)
print(p.intern)

# Character data buffering.
chunks = []
p = pyexpat.ParserCreate()
p.buffer_text = True
p.buffer_size = 10
print(p.buffer_text, p.buffer_size, p.buffer_used)
p.CharacterDataHandler = chunks.append
p.Parse(b"<r>" + b"abc&amp;" * 5 + b"<x/>" + b"z" * 25 + b"</r>", False)
print(chunks, p.buffer_used)
p.Parse(b"", True)
print(chunks)

# Default handlers see the markup.
p = pyexpat.ParserCreate()
seen = []
p.DefaultHandler = seen.append
p.Parse("<!DOCTYPE d [<!ENTITY e 'v'>]><d a='1'>&e;</d>", True)
print(seen)
p = pyexpat.ParserCreate()
seen = []
p.DefaultHandlerExpand = seen.append
p.Parse("<!DOCTYPE d [<!ENTITY e 'v'>]><d a='1'>&e;</d>", True)
print(seen)

# Handler attributes: unset is None, None removes, deleting is refused.
p = pyexpat.ParserCreate()
print(p.StartElementHandler, p.CommentHandler)
p.CommentHandler = print
print(p.CommentHandler is print)
p.CommentHandler = None
print(p.CommentHandler)
try:
    del p.CommentHandler
except RuntimeError as e:
    print("RuntimeError", e)
try:
    p.NoSuchHandler = 1
except AttributeError as e:
    print("AttributeError", e)

# Positions inside handlers, and the input context.
p = pyexpat.ParserCreate()
def start(name, attrs):
    print(name, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.GetInputContext())
p.StartElementHandler = start
p.Parse(b"<a>\n  <b>\n    <c/></b></a>", True)
print(p.GetInputContext())

# NotStandalone and external entity references.
p = pyexpat.ParserCreate()
p.NotStandaloneHandler = lambda: 1
p.ExternalEntityRefHandler = lambda *args: print("ext", args) or 1
p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
p.Parse(b'<!DOCTYPE r SYSTEM "r.dtd" [<!ENTITY e SYSTEM "e.xml">]><r>&e;</r>', True)

# An external entity parser shares the handlers.
p = pyexpat.ParserCreate()
out = []
p.StartElementHandler = lambda name, attrs: out.append(name)
def external(context, base, system_id, public_id):
    child = p.ExternalEntityParserCreate(context)
    print("child shares handler", child.StartElementHandler == p.StartElementHandler)
    child.Parse(b"<inner><deep/></inner>", True)
    return 1
p.ExternalEntityRefHandler = external
p.Parse(b'<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml">]><r>&e;</r>', True)
print(out)

# Skipped entities.
p = pyexpat.ParserCreate()
p.SkippedEntityHandler = lambda *args: print("skipped", args)
p.Parse(b'<!DOCTYPE r SYSTEM "x.dtd"><r>&unknown;</r>', True)

# Unknown (single-byte) encodings come from Python codecs.
for encoding in ("iso-8859-15", "cp1252", "koi8-r"):
    text = []
    p = pyexpat.ParserCreate()
    p.CharacterDataHandler = text.append
    p.Parse(('<?xml version="1.0" encoding="%s"?><r>\u20ac \u00e9</r>' % encoding).encode(encoding, "replace"), True)
    print(encoding, text)
p = pyexpat.ParserCreate("iso-8859-2")
p.CharacterDataHandler = print
p.Parse("<r>\u0159</r>".encode("iso-8859-2"), True)
