# compile() of bytes that declare no encoding (no BOM, no coding cookie):
# CPython reports parser error offsets as byte columns, not characters.
# Declared encodings and str sources give character offsets. eval and single
# input get no newline added, so the quoted text of their last line has none.
SOURCES = [
    b'Python = "\xcf\xb3\xf2\xee\xed" +',
    b'x = "\xc3\xa9\xc3\xa9" +',
    b"# coding: utf-8\nx = \"\xc3\xa9\xc3\xa9\" +",
    b'\xef\xbb\xbfx = "\xc3\xa9\xc3\xa9" +',
    'x = "\xe9\xe9" +',
    b'x = "\xc3\xa9"; f(a for a in b, c)',
    b'x = "\xc3\xa9\xc3\xa9"; 1 +* 2',
    b"\xc3\xa9\xc3\xa9 = 0xI",
    'é = 1; f"{é $ b}"',
    "(1,\n2 $ 3)",
]

for source in SOURCES:
    for mode in ["exec", "eval", "single"]:
        try:
            compile(source, "<fragment>", mode)
            print(mode, "compiled")
        except SyntaxError as e:
            print(mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
