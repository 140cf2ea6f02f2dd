# Transactions as CPython 3.11 manages them: the implicit BEGIN before DML
# (seen through the trace callback), isolation_level values and errors,
# in_transaction, commit/rollback, executescript's implicit COMMIT,
# isolation_level None (autocommit), savepoints, and two connections to the
# same file (visibility of uncommitted data, locking with a short timeout).
import os
import sqlite3

con = sqlite3.connect(":memory:")
con.set_trace_callback(lambda sql: print("  SQL:", sql))
con.execute("create table t(x)")
print("after create:", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert:", con.in_transaction, con.total_changes)
con.execute("select * from t").fetchall()
con.execute("  /* leading comment */ update t set x = 2")
con.execute("-- line comment\n  REPLACE into t values (3)")
con.commit()
print("after commit:", con.in_transaction)
con.commit()
con.rollback()

for level in ("DEFERRED", "immediate", "Exclusive", ""):
    con.isolation_level = level
    print("isolation_level", repr(con.isolation_level))
    con.execute("delete from t where x = 99")
    con.rollback()

for bad in ("SERIALIZABLE", "deferred ", 1, b"DEFERRED"):
    try:
        con.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del con.isolation_level
except AttributeError as e:
    print("AttributeError", e)
print(repr(con.isolation_level))

# Statements that are not INSERT/UPDATE/DELETE/REPLACE do not begin a transaction.
con.execute("with v(a) as (select 5) insert into t select a from v")
print("CTE insert:", con.in_transaction)
con.execute("pragma user_version = 3")
con.execute("create table u(y)")
print("DDL:", con.in_transaction)

# Explicit transaction statements.
con.execute("begin")
print("explicit begin:", con.in_transaction)
con.execute("insert into t values (10)")
con.execute("savepoint sp")
con.execute("insert into t values (11)")
con.execute("rollback to sp")
con.execute("release sp")
con.commit()
print(con.execute("select x from t order by x").fetchall())

# isolation_level None commits a pending transaction and turns implicit BEGIN off.
con.execute("insert into t values (20)")
print("pending:", con.in_transaction)
con.isolation_level = None
print("after None:", con.in_transaction, con.isolation_level)
con.execute("insert into t values (21)")
print("autocommit insert:", con.in_transaction)
con.execute("begin immediate")
con.execute("insert into t values (22)")
con.rollback()
print(con.execute("select x from t where x >= 20 order by x").fetchall())
con.isolation_level = ""

# executescript commits first, then runs its statements as written.
con.execute("insert into t values (30)")
print("before script:", con.in_transaction)
con.executescript("insert into t values (31); begin; insert into t values (32);")
print("after script:", con.in_transaction)
con.rollback()
print(con.execute("select x from t where x >= 30 order by x").fetchall())
try:
    con.executescript("commit")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

# commit() and rollback() with nothing to do, and errors from COMMIT itself.
con.set_trace_callback(None)
con.execute("create table parent(id integer primary key)")
con.execute("create table child(pid references parent(id) deferrable initially deferred)")
con.execute("pragma foreign_keys = on")
con.execute("insert into child values (7)")
try:
    con.commit()
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e, e.sqlite_errorname)
print("still in transaction:", con.in_transaction)
con.rollback()
try:
    with con:
        con.execute("insert into child values (8)")
except sqlite3.IntegrityError as e:
    print("with-block IntegrityError:", e)
print("rolled back:", con.in_transaction, con.execute("select count(*) from child").fetchone())
print("total_changes:", con.total_changes)
con.close()

# Two connections to one file.
path = "transactions_test.db"
if os.path.exists(path):
    os.remove(path)
writer = sqlite3.connect(path, timeout=0.05)
reader = sqlite3.connect(path, timeout=0.05)
writer.execute("create table t(x)")
writer.execute("insert into t values (1)")
print("reader sees:", reader.execute("select count(*) from t").fetchall())
writer.commit()
print("reader sees after commit:", reader.execute("select count(*) from t").fetchall())
writer.execute("insert into t values (2)")
try:
    reader.execute("insert into t values (3)")
except sqlite3.OperationalError as e:
    print("locked:", e, e.sqlite_errorcode, e.sqlite_errorname)
reader.rollback()
writer.commit()
print(reader.execute("select x from t order by x").fetchall())
exclusive = sqlite3.connect(path, timeout=0.05, isolation_level="EXCLUSIVE")
exclusive.execute("insert into t values (4)")
try:
    reader.execute("select * from t").fetchall()
except sqlite3.OperationalError as e:
    print("exclusive lock:", e)
exclusive.rollback()
print(reader.execute("select count(*) from t").fetchone())
for c in (writer, reader, exclusive):
    c.close()
os.remove(path)

# Uncommitted changes are lost when the connection closes.
db = sqlite3.connect(path)
db.execute("create table t(x)")
db.commit()
db.execute("insert into t values (1)")
db.close()
db = sqlite3.connect(path)
print("after close without commit:", db.execute("select count(*) from t").fetchone())
db.close()
os.remove(path)
