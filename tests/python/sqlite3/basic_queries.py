# sqlite3 basics: connect (memory, file, URI, path-like), execute and the
# fetch methods, iteration, description, rowcount, lastrowid, arraysize,
# executemany with sequences, iterators and generators, cursors and
# connections after close, context managers and factories.
import os
import pathlib
import sqlite3

print(sqlite3.sqlite_version.count(".") == 2, sqlite3.version, sqlite3.version_info)
print(sqlite3.apilevel, sqlite3.paramstyle, sqlite3.threadsafety)
print(sqlite3.sqlite_version_info >= (3, 7, 15))

con = sqlite3.connect(":memory:")
print(type(con).__name__, type(con).__module__, repr(con.isolation_level))
cur = con.cursor()
print(type(cur).__name__, cur.connection is con, cur.arraysize, cur.rowcount,
      cur.lastrowid, cur.description, cur.row_factory)

cur.execute("create table people(id integer primary key, name text, age integer)")
print("create:", cur.rowcount, cur.description, cur.lastrowid)
cur.execute("insert into people(name, age) values (?, ?)", ("Ann", 31))
print("insert:", cur.rowcount, cur.lastrowid)
cur.execute("insert into people(name, age) values (:name, :age)", {"name": "Bob", "age": 25})
print("insert named:", cur.rowcount, cur.lastrowid)
cur.executemany("insert into people(name, age) values (?, ?)",
                [("Cid", 40), ("Dee", 19), ("Eve", 52)])
print("executemany:", cur.rowcount, cur.lastrowid)


def more():
    yield ("Fay", 33)
    yield ("Gus", 27)


cur.executemany("insert into people(name, age) values (?, ?)", more())
print("executemany generator:", cur.rowcount)
cur.executemany("insert into people(name, age) values (?, ?)", iter([("Hal", 61)]))
print("executemany iterator:", cur.rowcount)
cur.executemany("insert into people(name, age) values (?, ?)", [])
print("executemany empty:", cur.rowcount)

cur.execute("select id, name, age from people order by id")
print(cur.description)
print("rowcount after select:", cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(2))
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5))

for row in con.execute("select name from people where age > ? order by name", (30,)):
    print("row", row)

print(con.execute("select count(*), sum(age), avg(age), max(name) from people").fetchone())
print(con.execute("select * from people where name = ?", ("nobody",)).fetchall())
print(con.execute("update people set age = age + 1 where age < 30").rowcount)
print(con.execute("delete from people where age > 60").rowcount)
print(con.execute("select name from people order by id").fetchall())

cur = con.execute("select 1 as a, 2 as b, 'x' as \"odd name\"")
print(cur.description)
print(next(cur), next(cur, "exhausted"))
cur = con.execute("select 1 union all select 2 union all select 3")
print(iter(cur) is cur, list(cur), list(cur))

# fetchmany(-1) and fetchmany(0) fetch everything.
cur = con.execute("select value from (select 1 as value union all select 2 union all select 3)")
print(cur.fetchmany(-1))
cur = con.execute("select 1 union all select 2")
print(cur.fetchmany(0))

# Re-executing on a cursor discards its pending rows.
cur = con.execute("select name from people order by id")
print(cur.fetchone())
cur.execute("select 'again'")
print(cur.fetchall())

# Interleaved cursors on the same SQL text.
c1 = con.execute("select name from people order by id")
c2 = con.execute("select name from people order by id")
print(c1.fetchone(), c2.fetchone(), c1.fetchone(), c2.fetchall()[-1], c1.fetchall()[-1])

# The same SQL read by nested cursors, and by many cursors left unfinished.
query = "select name from people where id <= ? order by id"
pairs = []
for (a,) in con.execute(query, (3,)):
    for (b,) in con.execute(query, (2,)):
        for (c,) in con.execute(query, (1,)):
            pairs.append(a + b + c)
print(pairs)
firsts = [con.execute(query, (i % 7 + 1,)).fetchone()[0] for i in range(2000)]
print(len(firsts), firsts[:3], sorted(set(firsts)))
open_cursors = [con.execute(query, (7,)) for _ in range(5)]
print([cur.fetchone()[0] for cur in open_cursors], [len(cur.fetchall()) for cur in open_cursors])

# Empty statements.
cur = con.execute("")
print("empty:", cur.description, cur.rowcount, cur.fetchall())
cur = con.execute("-- only a comment")
print("comment:", cur.description, cur.fetchone())

# setinputsizes/setoutputsize do nothing.
print(cur.setinputsizes([1]), cur.setoutputsize(10), cur.setoutputsize(10, 0))

# Closing cursors and connections.
cur = con.cursor()
cur.execute("select 1")
cur.close()
cur.close()
for action in (lambda: cur.execute("select 1"), cur.fetchone, cur.fetchall,
               lambda: cur.executescript("select 1")):
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print("closed cursor:", e)

other = con.cursor()
con.close()
con.close()
for action in (lambda: con.execute("select 1"), con.cursor, con.commit, con.rollback,
               lambda: other.execute("select 1"), other.close,
               lambda: con.total_changes, lambda: con.in_transaction,
               lambda: con.isolation_level, lambda: con.create_function("f", 0, len)):
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print("closed connection:", e)

# A file database persists across connections.
path = "basic_test.db"
if os.path.exists(path):
    os.remove(path)
with sqlite3.connect(path) as db:
    db.execute("create table t(x)")
    db.executemany("insert into t values (?)", [(i,) for i in range(5)])
db.close()
print(os.path.exists(path))
db = sqlite3.connect(pathlib.Path(path))
print(db.execute("select sum(x) from t").fetchone())
db.close()
db = sqlite3.connect(os.fsencode(path))
print(db.execute("select count(*) from t").fetchone())
db.close()
db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
print(db.execute("select max(x) from t").fetchone())
try:
    db.execute("insert into t values (9)")
except sqlite3.OperationalError as e:
    print("read-only:", e, e.sqlite_errorname)
db.close()
os.remove(path)

mem = sqlite3.connect("file:shared_mem?mode=memory&cache=shared", uri=True)
mem.execute("create table s(x)")
mem2 = sqlite3.connect("file:shared_mem?mode=memory&cache=shared", uri=True)
print(mem2.execute("select name from sqlite_master").fetchall())
mem.close()
mem2.close()

for bad in ["/nonexistent/dir/x.db", "file:/nonexistent/dir/x.db?mode=ro"]:
    try:
        sqlite3.connect(bad, uri=bad.startswith("file:"))
    except sqlite3.OperationalError as e:
        print("open:", e, e.sqlite_errorcode, e.sqlite_errorname)


# Factories and subclasses.
class MyConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        print("MyConnection args:", args[1:], sorted(kwargs))
        super().__init__(*args, **kwargs)


class MyCursor(sqlite3.Cursor):
    def first(self, sql):
        return self.execute(sql).fetchone()[0]


con = sqlite3.connect(":memory:", factory=MyConnection, timeout=2)
print(type(con).__name__, isinstance(con, sqlite3.Connection))
cur = con.cursor(MyCursor)
print(type(cur).__name__, cur.first("select 42"))
cur = con.cursor(factory=MyCursor)
print(cur.first("select 'kw'"))
try:
    con.cursor(factory=lambda c: 5)
except TypeError as e:
    print(e)
con.close()
con = sqlite3.connect(":memory:", 5.0, 0, None, True, MyConnection)
print(type(con).__name__, con.isolation_level)
con.close()

con = sqlite3.Connection(":memory:")
print(sqlite3.Cursor(con).execute("select 'direct'").fetchone())
con.close()


class LazyCursor(sqlite3.Cursor):
    def __init__(self, con):
        pass


class LazyConnection(sqlite3.Connection):
    def __init__(self, *args):
        pass


lazy = LazyCursor(sqlite3.connect(":memory:"))
for action in (lambda: lazy.execute("select 1"), lazy.close, lazy.fetchone):
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print(e)
lazy_con = LazyConnection(":memory:")
for action in (lambda: lazy_con.execute("select 1"), lazy_con.close, lazy_con.cursor):
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print(e)

# Connection as a context manager commits or rolls back, and stays open.
con = sqlite3.connect(":memory:")
con.execute("create table t(x)")
with con:
    con.execute("insert into t values (1)")
try:
    with con:
        con.execute("insert into t values (2)")
        raise KeyError("stop")
except KeyError:
    pass
print(con.execute("select x from t").fetchall(), con.in_transaction)
print(con.__enter__() is con, con.__exit__(None, None, None))
con.close()
