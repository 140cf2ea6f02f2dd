# The _csv layer directly: parsing states, writer quoting, dialects, registry, errors.
import _csv, io
class W:
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s); return len(s)
s = W()
for kw in [dict(escapechar='\\'), dict(escapechar='\\', doublequote=False), dict(escapechar='\\', quoting=3), dict(quoting=1), dict(quoting=2), dict(lineterminator='!')]:
    w = _csv.writer(s, **kw)
    try: print(kw, w.writerow(['a\\b', 'q"x', 'c,d', 1, 2.5, None, True, 'e\nf', '', 'g!h', 1j, '\U0001f600']))
    except Exception as e: print(type(e).__name__, e)
print(repr(''.join(s.out)))
print(list(_csv.reader(['a,"b""c",d\\,e,"f\\"g"', ' x, "y"'], escapechar='\\', skipinitialspace=True)))
print(list(_csv.reader(['1,"a",2.5,', '3'], quoting=_csv.QUOTE_NONNUMERIC)))
try: print(list(_csv.reader(['abc'], quoting=_csv.QUOTE_NONNUMERIC)))
except Exception as e: print(type(e).__name__, e)
print(list(_csv.reader(['"a', 'b"', 'c\\', 'd', '', '""', 'x\\\r\n', 'y'], escapechar='\\')))
r = _csv.reader(['a\r\n', '\r\n', 'b\n', '"c\nd"\n', '\U0001f600,\x00'])
for row in r: print(row, r.line_num)
try: print(list(_csv.reader(['a\rb'])))
except Exception as e: print(type(e).__name__, e)
print(list(_csv.reader(['"a" b,c'])), list(_csv.reader(['a"b",c'])), list(_csv.reader(['a;b'], delimiter=';', quotechar=None)), list(_csv.reader(['"a",b'], quoting=3)))
for args, kw in [((['"a'],), dict(strict=True)), ((['"a"x'],), dict(strict=True)), ((['a\\'],), dict(escapechar='\\', strict=True)), ((['"a'],), {}), ((['a\\'],), dict(escapechar='\\'))]:
    try: print(list(_csv.reader(*args, **kw)))
    except Exception as e: print(type(e).__name__, e)
class dia:
    delimiter = '|'; quotechar = "'"; escapechar = None; doublequote = True; skipinitialspace = False; lineterminator = '\n'; quoting = 0; strict = False
_csv.register_dialect('pipes', dia)
_csv.register_dialect('pipes2', 'pipes', delimiter=':')
d = _csv.get_dialect('pipes2')
print(d.delimiter, d.quotechar, repr(d.lineterminator), sorted(_csv.list_dialects()), _csv.get_dialect('pipes') is _csv.get_dialect('pipes'))
print(list(_csv.reader(["a|'b|c'|d"], 'pipes')), _csv.Dialect(d) is d, _csv.Dialect(d, delimiter=',') is d)
_csv.unregister_dialect('pipes2'); print(sorted(_csv.list_dialects()))
try: _csv.reader(['a'], bogus=1)
except Exception as e: print(type(e).__name__, e)
print(_csv.field_size_limit(10), _csv.field_size_limit())
try: list(_csv.reader(['a' * 11]))
except Exception as e: print(type(e).__name__, e)
print(list(_csv.reader(['"' + 'a' * 10 + '"'])))
_csv.field_size_limit(131072)
w = _csv.writer(s)
w.writerows([[1, 2], ('x', 'y'), iter(['z'])])
print(repr(''.join(s.out[-3:])), type(w).__name__, w.dialect.delimiter)

