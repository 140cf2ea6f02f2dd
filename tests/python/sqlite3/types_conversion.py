# Values in and out of SQLite: ints (64-bit limits, bool, subclasses),
# floats, UTF-8 text (astral characters, BOM, NUL), blobs from every buffer
# type, None; text_factory; adapters (register_adapter, __conform__,
# __adapt__, sqlite3.adapt) and converters (PARSE_DECLTYPES, PARSE_COLNAMES,
# the default date/timestamp ones).
import array
import datetime
import sqlite3

con = sqlite3.connect(":memory:")


def roundtrip(*values):
    marks = ", ".join("?" * len(values))
    row = con.execute(f"select {marks}", values).fetchone()
    types = con.execute(f"select " + ", ".join(f"typeof(?)" for _ in values), values).fetchone()
    return row, types


print(roundtrip(0, 1, -1, 2**31, -2**31 - 1, 2**53 + 1, 2**63 - 1, -2**63))
for big in (2**63, -2**63 - 1, 10**30):
    try:
        roundtrip(big)
    except OverflowError as e:
        print("OverflowError:", e)
print(con.execute("select 9223372036854775807, -9223372036854775808, 4611686018427387904 * 2").fetchone())
print(roundtrip(True, False))
print(roundtrip(0.0, -0.0, 1.5, 1e308, 1e-310, float("inf"), float("-inf")))
print(con.execute("select 1e999, -1e999, 0.1 + 0.2, 1.0, 3 / 2, 3 / 2.0").fetchone())
nan = con.execute("select ?", (float("nan"),)).fetchone()[0]
print(nan, type(nan))
print(roundtrip("", "ascii", "Grüße", "日本語", "emoji 😀 🐍", "\ufeffBOM", "tab\tnew\nline"))
print(roundtrip("nul\0inside"))
print(con.execute("select length(?), length(cast(? as blob))", ("😀", "😀")).fetchone())
print(roundtrip(b"", b"\x00\x01\xff", bytearray(b"ba"), memoryview(b"mv"), array.array("h", [1, 2])))
print(roundtrip(memoryview(b"abcdef")[1:4]))
print(roundtrip(None))
print(con.execute("select x'', x'00ff', zeroblob(3), null").fetchone())


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyStr(str):
    pass


print(roundtrip(MyInt(7), MyFloat(2.5), MyStr("sub")))

for bad in ([1], {"a": 1}, {1, 2}, object(), 1j, memoryview(b"abcdef")[::2]):
    try:
        con.execute("select ?", (bad,))
    except Exception as e:
        print(type(e).__name__, e)
try:
    con.execute("select ?", ("\ud800",))
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)

# text_factory.
con.execute("create table t(s text, b blob, i integer, f real)")
con.execute("insert into t values ('héllo', x'41ff', 5, 2.5)")
for factory in (str, bytes, bytearray, lambda b: b.decode("utf-8").upper(), MyStr):
    con.text_factory = factory
    print(con.execute("select s, b, i, f from t").fetchone())
con.text_factory = str
print(con.text_factory is str)
try:
    con.execute("select cast(x'ff41' as text) as broken").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.execute("select cast(x'41c3' as text) as \"naïve\"").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.text_factory = bytes
print(con.execute("select cast(x'ff41' as text)").fetchone())
con.text_factory = str


# Adapters.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def adapt_point(point):
    return f"{point.x};{point.y}"


sqlite3.register_adapter(Point, adapt_point)
print(con.execute("select ?", (Point(1, 2),)).fetchone())
print((Point, sqlite3.PrepareProtocol) in sqlite3.adapters)
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(Point(3, 4), sqlite3.PrepareProtocol))


class Conforming:
    def __conform__(self, protocol):
        return "conformed" if protocol is sqlite3.PrepareProtocol else None


class NotConforming:
    def __conform__(self, protocol):
        return None


class TypeErrorConforming:
    def __conform__(self, protocol):
        raise TypeError("ignored")


class KeyErrorConforming:
    def __conform__(self, protocol):
        raise KeyError("propagates")


print(con.execute("select ?", (Conforming(),)).fetchone(), sqlite3.adapt(Conforming()))
for value in (NotConforming(), TypeErrorConforming(), KeyErrorConforming()):
    try:
        con.execute("select ?", (value,))
    except Exception as e:
        print(type(e).__name__, e)
for value in (5, "s", [], NotConforming()):
    try:
        sqlite3.adapt(value)
    except sqlite3.ProgrammingError as e:
        print("adapt:", type(value).__name__, e)
print(sqlite3.adapt([], sqlite3.PrepareProtocol, "alternative"))


class Protocol:
    @staticmethod
    def __adapt__(obj):
        return None if isinstance(obj, int) else f"adapted {type(obj).__name__}"


print(sqlite3.adapt("x", Protocol), sqlite3.adapt(5, Protocol, "alt"))


def failing_adapter(value):
    raise ValueError("adapter failed")


class Failing:
    pass


sqlite3.register_adapter(Failing, failing_adapter)
try:
    con.execute("select ?", (Failing(),))
except ValueError as e:
    print("ValueError:", e)

# An adapter for a base type: exact ints are adapted too, bools and subclasses are not.
sqlite3.register_adapter(int, lambda i: i * 100)
print(con.execute("select ?, ?, ?", (3, True, MyInt(3))).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
print(con.execute("select ?", (3,)).fetchone())

# Converters.
print(sorted(sqlite3.converters))
sqlite3.register_converter("point", lambda b: ("point", b))
sqlite3.register_converter("Loud", lambda b: b.decode().upper())
print(sorted(sqlite3.converters))
try:
    sqlite3.register_converter(b"x", str)
except TypeError as e:
    print(e)

plain = sqlite3.connect(":memory:")
plain.execute("create table p(a point, b loud)")
plain.execute("insert into p values ('1;2', 'quiet')")
print(plain.execute("select a, b from p").fetchone())

decl = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
decl.execute("create table p(a point, b LOUD(10), c loud not null, d integer, e)")
decl.execute("insert into p values ('1;2', 'quiet', 'abc', 4, 'none')")
decl.execute("insert into p values (null, 3, x'6869', 5, null)")
print(decl.execute("select * from p").fetchall())
print(decl.execute("select a, b || '' from p").fetchall())

names = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
print(names.execute("select 'quiet' as \"q [loud]\", 'x' as \"y[point]\", 'z' as \"w [nothing]\", "
                    "'v' as \"[loud]\"").fetchall())
print(names.execute("select 'quiet' as \"q [loud]\", 1 as \"r [a] [loud]\"").description)

both = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES | sqlite3.PARSE_DECLTYPES)
both.execute("create table p(a point)")
both.execute("insert into p values ('3;4')")
print(both.execute("select a, a as \"b [loud]\", a as \"c [unknown]\" from p").fetchall())

dates = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dates.execute("create table d(day date, moment timestamp)")
dates.execute("insert into d values (?, ?)",
              (datetime.date(2024, 2, 29), datetime.datetime(2024, 2, 29, 13, 14, 15, 16)))
dates.execute("insert into d values (?, ?)",
              (datetime.date(1999, 12, 31), datetime.datetime(2000, 1, 1, 0, 0)))
print(dates.execute("select * from d").fetchall())
print(dates.execute("select day as \"d [date]\" from d").fetchall())
print(dates.execute("select '2020-01-02 03:04:05.5' as \"t [timestamp]\"").fetchone())
print(con.execute("select ?, ?", (datetime.date(2001, 2, 3), datetime.datetime(2001, 2, 3, 4, 5))).fetchone())


def bad_converter(value):
    raise ZeroDivisionError("converter failed")


sqlite3.register_converter("bad", bad_converter)
decl.execute("create table b(x bad)")
decl.execute("insert into b values (1)")
try:
    decl.execute("select x from b").fetchall()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

for c in (con, plain, decl, names, both, dates):
    c.close()
