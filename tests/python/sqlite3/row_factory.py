# sqlite3.Row and row factories: indexing by position, slice and name
# (ASCII case-insensitive), keys, len, iteration, equality and hashing,
# Row() itself, Row subclasses, and row_factory on connections and cursors.
import collections.abc
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.execute("create table t(id integer primary key, Name text, score real)")
con.executemany("insert into t(Name, score) values (?, ?)", [("ann", 1.5), ("bob", None)])

row = con.execute("select id, Name, score, Name as dup from t order by id").fetchone()
print(type(row).__name__, type(row).__module__, len(row), row.keys())
print(row[0], row[1], row[-1], row[-4], row["id"], row["name"], row["NAME"], row["Score"])
print(row[1:3], row[::-1], row[5:], tuple(row), list(row), [x for x in row])
print("name" in row.keys(), "ann" in row, 1 in row)
for key in (4, -5, "nope", "names", 1.0, None, b"id", (0,), 2**70, True):
    try:
        print(repr(key), row[key])
    except (IndexError, TypeError) as e:
        print(repr(key), type(e).__name__, e)
print(isinstance(row, collections.abc.Sequence), isinstance(row, tuple))
try:
    row[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    row.foo = 1
except AttributeError as e:
    print("AttributeError:", e)

other = con.execute("select id, Name, score, Name as dup from t order by id").fetchone()
second = con.execute("select id, Name, score, Name as dup from t order by id desc").fetchone()
renamed = con.execute("select id, Name, score, Name as other from t order by id").fetchone()
print(row == other, row != other, row == second, row == renamed, row == tuple(row), row != tuple(row))
description = con.execute("select id, Name, score, Name as dup from t").description
print(hash(row) == hash(other), hash(row) == hash(description) ^ hash(tuple(row)))
print(len({row, other, second}))
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"row {op} other")
    except TypeError as e:
        print(op, "TypeError:", e)

# Non-ASCII names match exactly only.
row = con.execute("select 1 as \"Größe\", 2 as \"größe\", 3 as \"ÄB\"").fetchone()
print(row["Größe"], row["größe"], row["ÄB"])
for key in ("GRÖSSE", "GRÖßE", "äb"):
    try:
        row[key]
    except IndexError as e:
        print(key, "IndexError:", e)

# Row() directly.
cur = con.cursor()
cur.execute("select 1 as a, 2 as b")
made = sqlite3.Row(cur, (10, 20))
print(made["a"], made["B"], made.keys(), len(made))
short = sqlite3.Row(cur, (10,))
print(short[0], short.keys())
try:
    short["b"]
except IndexError as e:
    print("IndexError:", e)
for args, kwargs in [((cur,), {}), ((1, (1,)), {}), ((cur, [1]), {}), ((cur, (1,)), {"x": 1}),
                     ((cur, (1,), 3), {})]:
    try:
        sqlite3.Row(*args, **kwargs)
    except TypeError as e:
        print("Row:", e)


class NamedRow(sqlite3.Row):
    def __getattr__(self, name):
        try:
            return self[name]
        except IndexError:
            raise AttributeError(name) from None

    def __repr__(self):
        return "NamedRow(" + ", ".join(f"{k}={self[k]!r}" for k in self.keys()) + ")"


con.row_factory = NamedRow
row = con.execute("select id, Name from t where id = 1").fetchone()
print(row, row.id, row.name, type(row).__name__, isinstance(row, sqlite3.Row))
try:
    row.missing
except AttributeError as e:
    print("AttributeError:", e)


# Other row factories.
def dict_factory(cursor, values):
    return {column[0]: value for column, value in zip(cursor.description, values)}


con.row_factory = dict_factory
print(con.execute("select id, Name, score from t order by id").fetchall())
con.row_factory = lambda cursor, values: values[0]
print(con.execute("select Name from t order by id").fetchall())
Pair = collections.namedtuple("Pair", "id name")
con.row_factory = lambda cursor, values: Pair(*values)
print(con.execute("select id, Name from t").fetchone())

# A cursor takes the connection's row_factory when it is made; each can change.
con.row_factory = sqlite3.Row
cur = con.cursor()
con.row_factory = None
print(type(cur.execute("select 1").fetchone()).__name__, type(con.execute("select 1").fetchone()).__name__)
cur.row_factory = None
print(cur.execute("select 1").fetchone())
cur.row_factory = lambda c, r: ("custom",) + r
print(cur.execute("select 1").fetchone(), cur.row_factory is not None)
cur.row_factory = None
print(cur.row_factory, cur.execute("select 2").fetchone())


def failing_factory(cursor, values):
    raise RuntimeError("factory failed")


cur.row_factory = failing_factory
cur.execute("select 1 union all select 2")
try:
    cur.fetchone()
except RuntimeError as e:
    print("RuntimeError:", e)
print(cur.row_factory is failing_factory)
cur.row_factory = None
print(cur.fetchall())

print(con.row_factory, sqlite3.connect(":memory:").row_factory)
con.close()
