# minidom, sax and plistlib, all built on pyexpat.
import io
import plistlib
import datetime
import xml.sax
import xml.sax.handler
from xml.dom import minidom, pulldom

doc = minidom.parseString(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "entity">]>'
                          b'<r a="1"><c>t &amp; &e;</c><!-- note --><d xmlns="urn:x"/></r>')
print(doc.documentElement.tagName, doc.documentElement.getAttribute("a"))
print(doc.toxml())
print(doc.documentElement.toprettyxml(indent="  "))
print([n.nodeType for n in doc.documentElement.childNodes], doc.doctype.name)
print(doc.getElementsByTagName("d")[0].namespaceURI)
try:
    minidom.parseString("<a><b></a>")
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)

class Handler(xml.sax.handler.ContentHandler):
    def __init__(self):
        self.log = []
    def startElement(self, name, attrs):
        self.log.append(("start", name, dict(attrs)))
    def endElement(self, name):
        self.log.append(("end", name))
    def characters(self, content):
        self.log.append(("chars", content))
    def processingInstruction(self, target, data):
        self.log.append(("pi", target, data))
handler = Handler()
xml.sax.parseString(b"<r x='1'><?p d?>text<e/></r>", handler)
print(handler.log)

class NsHandler(xml.sax.handler.ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print("startNS", name, qname, dict(attrs))
    def startPrefixMapping(self, prefix, uri):
        print("prefix", prefix, uri)
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(NsHandler())
parser.parse(io.BytesIO(b"<a xmlns='urn:a' xmlns:q='urn:q'><q:b q:c='1'/></a>"))

class Errors(xml.sax.handler.ErrorHandler):
    pass
try:
    xml.sax.parseString(b"<a><b></a>", xml.sax.handler.ContentHandler())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber())

for event, node in pulldom.parseString("<a><b>x</b></a>"):
    print(event, getattr(node, "tagName", None) or getattr(node, "data", None))

value = {
    "name": "Caf\u00e9",
    "n": 42,
    "big": 2**40,
    "pi": 3.25,
    "flags": [True, False],
    "data": b"\x00\x01binary",
    "when": datetime.datetime(2020, 5, 17, 12, 30),
    "nested": {"list": [1, "two", {"three": 3.0}]},
}
for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
    encoded = plistlib.dumps(value, fmt=fmt)
    print(plistlib.loads(encoded) == value, len(encoded))
print(plistlib.dumps(value).decode())
try:
    plistlib.loads(b"<?xml version='1.0'?><plist><dict><key>a</key></plist>")
except Exception as e:
    print(type(e).__name__, e)
