# Whole databases: executescript (comments, triggers, errors part-way),
# iterdump (sqlite3/dump.py over the native module), backup to another
# connection (pages and progress), serialize/deserialize, blobs
# (Connection.blobopen), interrupt, and calling a connection.
import os
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
result = cur.executescript("""
    -- a schema with every kind of object
    create table authors(id integer primary key, name text not null);
    create table books(id integer primary key autoincrement, author references authors(id),
                       title text, cover blob, price real);
    /* a comment between statements */
    create index books_by_title on books(title);
    create view cheap as select title from books where price < 10;
    create trigger log_insert after insert on books begin
        insert into authors(name) select 'trigger saw ' || new.title where 0;
    end;
    insert into authors(name) values ('Ann'), ('Bob O''Neil');
    insert into books(author, title, cover, price) values
        (1, 'First', x'89504e47', 9.5),
        (2, 'Second', null, 12.25),
        (1, 'Unicode ✓ and ''quotes''', x'', 0.1);
""")
print(result is cur, cur.rowcount, cur.description, cur.lastrowid)
print(con.execute("select title from cheap order by title").fetchall())
print(con.execute("select count(*) from books").fetchone(), con.in_transaction)

print(con.executescript("select 1; select 2;").__class__.__name__)
try:
    con.executescript("insert into authors(name) values ('Cy'); selec 3; insert into authors(name) values ('Di');")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(con.execute("select name from authors order by id").fetchall())
for bad in (5, b"select 1", "select 1;\0select 2"):
    try:
        con.executescript(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(cur.executescript("") is cur, cur.executescript("   -- nothing\n") is cur)

print("--- dump")
for line in con.iterdump():
    print(line)
print("--- empty dump", list(sqlite3.connect(":memory:").iterdump()))

# backup() copies everything, in one go or page by page with progress.
copy = sqlite3.connect(":memory:")
con.backup(copy)
print(copy.execute("select title, price from books order by id").fetchall())
print(list(copy.iterdump()) == list(con.iterdump()))
steps = []
paged = sqlite3.connect(":memory:")
con.backup(paged, pages=1, progress=lambda status, remaining, total: steps.append((status, remaining, total)))
print(len(steps) > 1, steps[-1][0], steps[-1][1], all(s[2] == steps[0][2] for s in steps))
print(paged.execute("select count(*) from books").fetchone())
for target, kwargs in [(con, {}), (5, {}), (copy, {"progress": 5}), (copy, {"name": "nosuch"})]:
    try:
        con.backup(target, **kwargs)
    except Exception as e:
        print("backup:", type(e).__name__, e)
closed = sqlite3.connect(":memory:")
closed.close()
try:
    con.backup(closed)
except sqlite3.ProgrammingError as e:
    print("backup:", e)


def stop(status, remaining, total):
    raise RuntimeError("stop the backup")


try:
    con.backup(sqlite3.connect(":memory:"), pages=1, progress=stop)
except RuntimeError as e:
    print("RuntimeError:", e)

# A backup to a file, read back.
path = "script_dump_test.db"
if os.path.exists(path):
    os.remove(path)
disk = sqlite3.connect(path)
con.backup(disk)
disk.close()
disk = sqlite3.connect(path)
print(disk.execute("select name from authors order by id").fetchall())
disk.close()
os.remove(path)

# serialize() and deserialize().
data = con.serialize()
print(type(data).__name__, len(data) % 512 == 0, data[:16])
fresh = sqlite3.connect(":memory:")
fresh.deserialize(data)
print(fresh.execute("select count(*) from books").fetchone())
fresh.execute("insert into authors(name) values ('after deserialize')")
print(fresh.execute("select count(*) from authors").fetchone())
try:
    fresh.deserialize(b"not a database" * 40)
    fresh.execute("select * from sqlite_master")
except sqlite3.DatabaseError as e:
    print("DatabaseError:", e)
try:
    fresh.serialize(name="nosuch")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

# Blobs.
con.execute("create table files(data blob)")
con.execute("insert into files values (zeroblob(16))")
con.execute("insert into files values (x'')")
con.commit()
with con.blobopen("files", "data", 1) as blob:
    print(type(blob).__name__, len(blob), blob.tell(), blob.read(4), blob.tell())
    blob.write(b"ABCD")
    print(blob.tell())
    blob.seek(0)
    print(blob.read())
    blob.seek(-3, os.SEEK_END)
    print(blob.tell(), blob.read(10), blob.read())
    blob.seek(2)
    blob.seek(3, os.SEEK_CUR)
    print(blob.tell())
    blob[0] = 0x61
    blob[-1] = 255
    blob[10:12] = b"yz"
    blob[0:8:2] = b"1234"
    print(blob[0], blob[-1], blob[4:9], blob[::3], blob[10:2], blob[0:8:2])
    for action in (lambda: blob.write(b"x" * 20), lambda: blob.seek(100),
                   lambda: blob.seek(-1), lambda: blob.seek(0, 7), lambda: blob[16],
                   lambda: blob["a"], lambda: blob.__setitem__(0, 256),
                   lambda: blob.__setitem__(0, "a"), lambda: blob.__setitem__(slice(0, 2), b"x"),
                   lambda: blob.__delitem__(0), lambda: blob.__delitem__(slice(0, 1))):
        try:
            action()
        except Exception as e:
            print(type(e).__name__, e)
print(con.execute("select data from files where rowid = 1").fetchone())
try:
    blob.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
blob.close()
empty = con.blobopen("files", "data", 2, readonly=True)
print(len(empty), empty.read(), empty[0:5])
try:
    empty.write(b"x")
except Exception as e:
    print(type(e).__name__, e)
empty.close()
for args, kwargs in [(("files", "data", 99), {}), (("nosuch", "data", 1), {}),
                     (("files", "nosuch", 1), {}), (("files", "data", 1), {"name": "other"})]:
    try:
        con.blobopen(*args, **kwargs)
    except sqlite3.OperationalError as e:
        print("blobopen:", e)
left_open = con.blobopen("files", "data", 1)
con.close()
try:
    left_open.read()
except sqlite3.ProgrammingError as e:
    print("after close:", e)

# interrupt() with nothing running, and calling a connection.
con = sqlite3.connect(":memory:")
print(con.interrupt())
statement = con("select 1")
print(type(statement).__name__, type(statement).__module__)
for bad in ((), (1,), ("select 1; select 2",)):
    try:
        con(*bad)
    except Exception as e:
        print(type(e).__name__, e)
con.close()
