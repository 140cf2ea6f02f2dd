# xml.etree.ElementTree over pyexpat: parsing, serializing, namespaces,
# iterparse, XMLPullParser, parse errors with positions.
import io
import xml.etree.ElementTree as ET

SOURCE = """<?xml version="1.0"?>
<!DOCTYPE catalog [<!ENTITY pub "Example &amp; Sons">]>
<catalog xmlns="urn:books" xmlns:p="urn:prices">
  <book id="b1" lang="en">
    <title>Dive &lt;in&gt;</title>
    <p:price currency="EUR">12.50</p:price>
    <publisher>&pub;</publisher>
    <!-- comment -->
    <?pi data?>
  </book>
  <book id="b2"><title>Caf\u00e9 \U0001F600</title><empty/>tail text</book>
</catalog>
"""

root = ET.fromstring(SOURCE)
print(root.tag, root.attrib, len(root))
for book in root:
    print(book.tag, sorted(book.attrib.items()), [child.tag for child in book])
    print(repr(book.findtext("{urn:books}title")), repr(book.tail))
print(root.find(".//{urn:prices}price").attrib, root.find(".//{urn:books}publisher").text)
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root))
print(ET.tostring(ET.fromstring(ET.tostring(root))) == ET.tostring(root))
ET.register_namespace("bk", "urn:books")
print(ET.tostring(root, encoding="unicode")[:120])

# Comments and processing instructions with a TreeBuilder that keeps them.
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
parser.feed(SOURCE)
kept = parser.close()
print([type(e.tag).__name__ if callable(e.tag) else e.tag for e in kept.iter()])
print(parser.version.startswith("Expat "))

# parse() from a file, write() back.
tree = ET.parse(io.StringIO("<a><b>1</b><b>2</b></a>"))
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue())
tree = ET.parse(io.BytesIO('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'.encode("latin-1")))
print(repr(tree.getroot().text))

# iterparse and the pull parser.
def label(elem):
    if not hasattr(elem, "tag"):
        return elem
    return elem.tag.__name__ if callable(elem.tag) else elem.tag
events = [(event, label(elem))
          for event, elem in ET.iterparse(io.BytesIO(SOURCE.encode()), events=("start", "end", "start-ns", "end-ns", "comment", "pi"))]
print(events)
pull = ET.XMLPullParser(events=("start", "end"))
for piece in ["<r><a>", "x</a><b", "/></r>"]:
    pull.feed(piece)
    print([(event, elem.tag) for event, elem in pull.read_events()])
pull.close()

# Parse errors carry code and position.
for bad in ["<a><b></a>", "<a>", "<a>&undefined;</a>", "<a b='1' b='2'/>", "text", "<a/><b/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(type(e).__name__, e, e.code, e.position)

# XMLParser with a custom target.
class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))
    def end(self, tag):
        self.log.append(("end", tag))
    def data(self, data):
        self.log.append(("data", data))
    def comment(self, text):
        self.log.append(("comment", text))
    def doctype(self, name, pubid, system):
        self.log.append(("doctype", name, pubid, system))
    def close(self):
        return self.log
parser = ET.XMLParser(target=Target())
parser.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
parser.feed("<html><!-- c --><body a='1'>hi</body></html>")
print(parser.close())

# canonicalize (C14N 2.0) goes through the same parser.
print(ET.canonicalize("<a  b='2' a='1'><c/></a>"))
