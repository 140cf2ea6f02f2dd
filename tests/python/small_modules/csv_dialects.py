# _csv.Dialect validation messages and attribute values.
import _csv


def attempt(**kwargs):
    try:
        d = _csv.Dialect(**kwargs)
        print(kwargs, "->", d.delimiter, d.quotechar, d.escapechar, d.quoting, repr(d.lineterminator),
              d.doublequote, d.skipinitialspace, d.strict)
    except (TypeError, _csv.Error) as e:
        print(kwargs, "->", type(e).__name__, e)


for kwargs in [
    {}, dict(delimiter=None), dict(delimiter=1), dict(delimiter="ab"), dict(delimiter=""),
    dict(quotechar=None), dict(quotechar=1), dict(quotechar="ab"), dict(quotechar=""),
    dict(escapechar=1), dict(escapechar="ab"), dict(escapechar=""), dict(escapechar="\\"),
    dict(lineterminator=None), dict(lineterminator=1), dict(lineterminator=""),
    dict(quoting=9), dict(quoting="1"), dict(quoting=1.0), dict(quoting=None), dict(quoting=True),
    dict(quotechar=None, quoting=_csv.QUOTE_ALL), dict(quotechar=None, quoting=_csv.QUOTE_NONE),
    dict(delimiter=" ", quotechar=" "), dict(delimiter="\n"), dict(dialect="nope"),
    dict(doublequote=0, skipinitialspace=[1], strict="yes"), dict(bogus=1),
]:
    attempt(**kwargs)

d = _csv.Dialect(delimiter=";", escapechar="\\", skipinitialspace=1)
try:
    d.strict = 0
except AttributeError as e:
    print("AttributeError", e)
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=",") is d, _csv.Dialect(5).delimiter)
print(_csv.Dialect("\t" if False else None).quoting)


class Partial:
    delimiter = ":"


print(_csv.Dialect(Partial).delimiter, _csv.Dialect(Partial, quoting=_csv.QUOTE_ALL).quoting)
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__)
print(_csv.Error.__mro__, issubclass(_csv.Error, Exception))
for f, args in [(_csv.reader, ()), (_csv.reader, (1,)), (_csv.writer, (1,)), (_csv.writer, ()),
                (_csv.register_dialect, (1,)), (_csv.get_dialect, ("x",)),
                (_csv.unregister_dialect, ("x",)), (_csv.field_size_limit, ("x",))]:
    try:
        f(*args)
    except (TypeError, _csv.Error) as e:
        print(f.__name__, type(e).__name__, e)
r = _csv.reader(["a,b", "c"])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, list(r), r.dialect.delimiter)
