# Errors as CPython 3.11's sqlite3 reports them: the PEP 249 exception
# hierarchy, the SQLITE_* constants, sqlite_errorcode/sqlite_errorname,
# the exception class chosen from SQLite's result code, binding and
# argument errors, misuse of closed objects, limits, complete_statement,
# and an uncaught sqlite3 exception's traceback.
import sqlite3

names = ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
         "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
         "NotSupportedError"]
for name in names:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, cls.__qualname__, [c.__name__ for c in cls.__mro__[1:-2]])
con = sqlite3.connect(":memory:")
print(all(getattr(con, name) is getattr(sqlite3, name) for name in names))
try:
    con.Error = None
except AttributeError as e:
    print("AttributeError:", e)

constants = {n: getattr(sqlite3, n) for n in dir(sqlite3) if n.startswith("SQLITE_")}
print(len(constants))
for name in ("SQLITE_OK", "SQLITE_DENY", "SQLITE_IGNORE", "SQLITE_CREATE_INDEX", "SQLITE_READ",
             "SQLITE_SELECT", "SQLITE_RECURSIVE", "SQLITE_LIMIT_LENGTH", "SQLITE_LIMIT_WORKER_THREADS",
             "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_IOERR_CORRUPTFS", "SQLITE_DONE", "SQLITE_ROW",
             "SQLITE_NOTICE_RECOVER_WAL", "SQLITE_WARNING_AUTOINDEX", "SQLITE_AUTH_USER"):
    print(name, constants[name])
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)

plain = sqlite3.Error("plain")
print(plain.args, hasattr(plain, "sqlite_errorcode"), hasattr(plain, "sqlite_errorname"))
print(sqlite3.OperationalError("a", 2).args, str(sqlite3.DatabaseError()))


def show(sql, params=(), connection=con):
    try:
        connection.execute(sql, params).fetchall()
    except sqlite3.Error as e:
        print(f"{type(e).__name__}: {e} | {getattr(e, 'sqlite_errorcode', '-')} "
              f"{getattr(e, 'sqlite_errorname', '-')}")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


con.execute("create table t(id integer primary key, u unique, n not null, c check (c > 0))")
con.execute("insert into t values (1, 'a', 1, 1)")
show("selec 1")
show("select * from missing")
show("select nosuchcolumn from t")
show("insert into t values (1, 'b', 1, 1)")
show("insert into t values (2, 'a', 1, 1)")
show("insert into t values (3, 'c', null, 1)")
show("insert into t values (4, 'd', 1, -5)")
show("insert into t(id, n) values ('text', 1)")
show("select abs(-9223372036854775808)")
show("select raise(ignore)")
show("create table t(x)")
show("select 1; select 2")
show("select 1 \0")
show("select ?, ?", (1,))
show("select ?", (1, 2))
show("select :a, :b", {"a": 1})
show("select ?, :a", {"a": 1})
show("select :a", 1)
show("select ?", ([],))
show("select :a", {"a": {}})
show("select ?", 2**64)
try:
    con.execute(1)
except TypeError as e:
    print("TypeError:", e)
try:
    con.executemany("select ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.executemany("insert into t(n) values (?)", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    con.executemany("insert into t(n) values (?)", [(1,), (2, 3)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.execute()
except TypeError as e:
    print("TypeError:", e)
try:
    con.execute("select 1", (), ())
except TypeError as e:
    print("TypeError:", e)
try:
    con.cursor().execute(sql="select 1")
except TypeError as e:
    print("TypeError:", e)

# Argument errors of connect().
for args, kwargs in [((), {}), ((":memory:",), {"bogus": 1}), ((5,), {}),
                     ((":memory:",), {"timeout": "soon"}),
                     ((":memory:",), {"detect_types": "all"}),
                     ((":memory:",), {"isolation_level": "NOPE"}),
                     ((":memory:",), {"isolation_level": 5}),
                     ((":memory:\0",), {}),
                     ((":memory:", 1, 0, None, True, sqlite3.Connection, 128, False, 9), {})]:
    try:
        sqlite3.connect(*args, **kwargs)
    except Exception as e:
        print(f"connect: {type(e).__name__}: {e}")

# Cursors and rows checked.
for args in [(), (5,), (con, con)]:
    try:
        sqlite3.Cursor(*args)
    except TypeError as e:
        print("Cursor:", e)
try:
    con.cursor(5)
except TypeError as e:
    print("cursor:", e)
cur = con.cursor()
try:
    cur.arraysize = "many"
except TypeError as e:
    print("arraysize:", e)
for attribute in ("rowcount", "lastrowid", "description", "connection"):
    try:
        setattr(cur, attribute, 1)
    except AttributeError as e:
        print(attribute, "AttributeError:", e)
for attribute in ("total_changes", "in_transaction"):
    try:
        setattr(con, attribute, 1)
    except AttributeError as e:
        print(attribute, "AttributeError:", e)
try:
    con.no_such_attribute = 1
except AttributeError as e:
    print("AttributeError:", e)


# Recursive use of a cursor from a user function.
def reenter(x):
    cur.execute("select 2")
    return x


con.create_function("reenter", 1, reenter)
try:
    cur.execute("select reenter(1)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(cur.execute("select 'usable again'").fetchone())

# Limits.
print(con.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) > 0)
old = con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 50)
print(con.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH))
show("select '" + "x" * 60 + "'")
try:
    cur.executescript("select '" + "y" * 60 + "';")
except sqlite3.DataError as e:
    print("DataError:", e)
con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, old)
con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 10)
show("select ?", ("z" * 20,))
show("select zeroblob(100)")
con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1000000)
for category in (-1, 100):
    try:
        con.getlimit(category)
    except sqlite3.ProgrammingError as e:
        print("getlimit:", e)
try:
    con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, "x")
except TypeError as e:
    print("setlimit:", e)

# complete_statement.
for text in ("select 1;", "select 1", "select 'a;", "create trigger x after insert on t begin select 1;",
             "create trigger x after insert on t begin select 1; end;", "", ";", "-- x;\n"):
    print(repr(text), sqlite3.complete_statement(text))
try:
    sqlite3.complete_statement(5)
except TypeError as e:
    print("TypeError:", e)
print(sqlite3.complete_statement(statement="select 2;"))

# An error while a statement runs leaves the connection usable.
con.create_function("fail", 0, lambda: 1 / 0)
show("select fail()")
print(con.execute("select 'fine'").fetchone())
con.close()
try:
    con.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

# The last error is uncaught: its traceback names sqlite3.IntegrityError.
con = sqlite3.connect(":memory:")
con.execute("create table k(x primary key)")
con.execute("insert into k values (1)")
con.execute("insert into k values (1)")
