# Python called from SQLite: create_function (argument and result types,
# varargs, deterministic, replacing and removing), create_aggregate,
# create_window_function, create_collation, set_authorizer,
# set_progress_handler, set_trace_callback, and what happens to exceptions
# raised inside them (enable_callback_tracebacks, sys.unraisablehook).
import sqlite3
import sys

con = sqlite3.connect(":memory:")
con.execute("create table t(g, x)")
con.executemany("insert into t values (?, ?)",
                [("a", 1), ("a", 2), ("b", 10), ("b", 20), ("b", 30), ("c", None)])

con.create_function("plus", 2, lambda a, b: a + b)
print(con.execute("select plus(1, 2), plus('a', 'b'), plus(1.5, 2), plus(x'01', x'02')").fetchone())
con.create_function("describe", -1, lambda *args: repr(args))
print(con.execute("select describe(), describe(1, 2.5, 'é', x'00', null, 9223372036854775807)").fetchone())
con.create_function("identity", 1, lambda v: v)
values = (1, -2**63, 2.5, "text 😀", b"\x00\xff", None, True, bytearray(b"ba"), memoryview(b"mv"))
print(con.execute("select " + ", ".join("identity(?)" for _ in values), values).fetchone())
print(con.execute("select typeof(identity(?)), typeof(identity(?))", ("", b"")).fetchone())
con.create_function("constant", 0, lambda: 42, deterministic=True)
print(con.execute("select constant()").fetchone())
print(con.execute("select g, plus(total(x), 100) from t group by g order by g").fetchall())

for sql in ("select plus(1)", "select nosuch(1)"):
    try:
        con.execute(sql)
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
try:
    con.create_function("bad", -2, len)
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
for args, kwargs in [((5, 1, len), {}), (("f", "x", len), {}), (("f", 1), {}),
                     (("f", 1, len, True), {})]:
    try:
        con.create_function(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
con.create_function(name="kw", narg=1, func=lambda v: v * 2)
print(con.execute("select kw(21)").fetchone())


# Exceptions and unsupported results become SQLite errors.
def divide(a, b):
    return a / b


con.create_function("divide", 2, divide)
con.create_function("huge", 0, lambda: 2**64)
con.create_function("overflows", 0, lambda: [][0] if False else int("9" * 30) + (1 << 200))
con.create_function("alist", 0, lambda: [1])
con.create_function("nomem", 0, lambda: (_ for _ in ()).throw(MemoryError()))
con.create_function("raises_overflow", 0, lambda: (_ for _ in ()).throw(OverflowError("big")))
for sql in ("select divide(1, 0)", "select huge()", "select alist()", "select nomem()",
            "select raises_overflow()"):
    try:
        con.execute(sql)
    except Exception as e:
        print(sql, "->", type(e).__name__, e)

# Replacing and removing functions.
con.create_function("plus", 2, lambda a, b: f"{a}+{b}")
print(con.execute("select plus(1, 2)").fetchone())
con.create_function("plus", 2, None)
try:
    con.execute("select plus(1, 2)")
except sqlite3.OperationalError as e:
    print("after None:", e)
con.create_function("overloaded", 1, lambda a: "one")
con.create_function("overloaded", 2, lambda a, b: "two")
print(con.execute("select overloaded(1), overloaded(1, 2)").fetchone())


# Aggregates.
class Sum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        if value is not None:
            self.total += value

    def finalize(self):
        return self.total


class Collect:
    def __init__(self):
        self.items = []

    def step(self, *values):
        self.items.append(values)

    def finalize(self):
        return repr(self.items)


con.create_aggregate("mysum", 1, Sum)
con.create_aggregate("collect", -1, Collect)
print(con.execute("select g, mysum(x) from t group by g order by g").fetchall())
print(con.execute("select mysum(x) from t where 0").fetchall())
print(con.execute("select collect(g, x) from t where x < 11").fetchone())
print(con.execute("select collect() from t where x = 1").fetchone())


class InitFails:
    def __init__(self):
        raise ValueError("init")


class StepFails(Sum):
    def step(self, value):
        raise ValueError("step")


class FinalizeFails(Sum):
    def finalize(self):
        raise ValueError("finalize")


class NoStep:
    def finalize(self):
        return 0


class NoFinalize:
    def step(self, value):
        pass


class BadResult(Sum):
    def finalize(self):
        return {}


for name, cls in [("initfails", InitFails), ("stepfails", StepFails),
                  ("finalizefails", FinalizeFails), ("nostep", NoStep),
                  ("nofinalize", NoFinalize), ("badresult", BadResult)]:
    con.create_aggregate(name, 1, cls)
    try:
        print(name, con.execute(f"select {name}(x) from t").fetchall())
    except sqlite3.OperationalError as e:
        print(name, "->", e)
try:
    con.create_aggregate("bad", -5, Sum)
except sqlite3.OperationalError as e:
    print("OperationalError:", e)


# Window functions.
class WindowSum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def inverse(self, value):
        self.total -= value

    def value(self):
        return self.total

    def finalize(self):
        return self.total


con.create_window_function("wsum", 1, WindowSum)
window = "over (order by x rows between 1 preceding and 1 following)"
print(con.execute(f"select x, wsum(x) {window} from t where x is not null").fetchall())
print(con.execute("select g, wsum(x) from t where x is not null group by g").fetchall())


class NoInverse(WindowSum):
    inverse = None


class ValueFails(WindowSum):
    def value(self):
        raise ValueError("value")


class NoValue:
    def step(self, value):
        pass

    def finalize(self):
        return 0


for name, cls in [("noinverse", NoInverse), ("valuefails", ValueFails), ("novalue", NoValue)]:
    con.create_window_function(name, 1, cls)
    try:
        con.execute(f"select {name}(x) {window} from t where x is not null").fetchall()
    except sqlite3.OperationalError as e:
        print(name, "->", e)
con.create_window_function("wsum", 1, None)
try:
    con.execute(f"select wsum(x) {window} from t")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.create_window_function("bad", -5, WindowSum)
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)


# Collations.
def reverse(a, b):
    return (a < b) - (a > b)


con.create_collation("reverse", reverse)
print(con.execute("select g from t order by g collate reverse").fetchall())
print(con.execute("select 'b' < 'a' collate reverse, 'b' = 'B' collate nocase").fetchone())
con.create_collation("length", lambda a, b: len(a) - len(b))
print(con.execute("select s from (select 'ccc' as s union select 'a' union select 'bb') "
                  "order by s collate length").fetchall())
con.create_collation("huge", lambda a, b: (2**70) * ((a > b) - (a < b)))
print(con.execute("select g from t order by g collate huge").fetchall())
con.create_collation("notanint", lambda a, b: "x")
print(con.execute("select count(*) from t order by g collate notanint").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("select g from t order by g collate reverse")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.create_collation("c", 5)
except TypeError as e:
    print("TypeError:", e)


def failing_collation(a, b):
    raise KeyError("collation")


con.create_collation("failing", failing_collation)
try:
    con.execute("select g from t order by g collate failing").fetchall()
except KeyError as e:
    print("KeyError:", e)
print(con.execute("select 'still works'").fetchone())

# The authorizer.
seen = []


def authorizer(action, arg1, arg2, database, source):
    seen.append((action, arg1, arg2, database, source))
    if arg2 == "secret":
        return sqlite3.SQLITE_DENY
    if arg2 == "hidden":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


con.execute("create table private(public, secret, hidden)")
con.execute("insert into private values (1, 2, 3)")
con.set_authorizer(authorizer)
print(con.execute("select public, hidden from private").fetchall())
print(sorted(set(seen)))
try:
    con.execute("select secret from private")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e, e.sqlite_errorname)
con.set_authorizer(lambda *args: "not an int")
try:
    con.execute("select 1")
except sqlite3.DatabaseError as e:
    print("non-int answer:", e)
con.set_authorizer(lambda *args: 1 / 0)
try:
    con.execute("select 2")
except sqlite3.DatabaseError as e:
    print("raising authorizer:", e)
con.set_authorizer(None)
print(con.execute("select secret from private").fetchall())
con.set_authorizer(authorizer_callback=None)

# The progress handler.
calls = []


def progress():
    calls.append(1)
    return len(calls) > 5


con.set_progress_handler(progress, 1)
try:
    con.execute("select count(*) from t a, t b, t c, t d").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorname, len(calls))
con.set_progress_handler(lambda: 1 / 0, 1)
try:
    con.execute("select count(*) from t a, t b").fetchall()
except sqlite3.OperationalError as e:
    print("raising handler:", e)
con.set_progress_handler(None, 1)
print(con.execute("select count(*) from t a, t b").fetchall())
con.set_progress_handler(progress_handler=lambda: 0, n=100)
print(con.execute("select count(*) from t a, t b").fetchall())

# The trace callback sees each statement, expanded with its parameters.
traced = []
con.set_trace_callback(traced.append)
con.execute("select ?, ?, ?", (1, "it's", None)).fetchall()
con.execute("update t set x = x where g = :g", {"g": "a"})
con.commit()
con.set_trace_callback(None)
con.execute("select 'not traced'")
print(traced)
con.set_trace_callback(lambda sql: 1 / 0)
print(con.execute("select 'trace error ignored'").fetchone())
con.set_trace_callback(trace_callback=None)


# Callback tracebacks: off by default, reported to sys.unraisablehook when on.
class Callable:
    def __init__(self, name, body):
        self.name, self.body = name, body

    def __call__(self, *args):
        return self.body(*args)

    def __repr__(self):
        return f"<callable {self.name}>"


def hook(unraisable):
    print("hook:", unraisable.exc_type.__name__, unraisable.exc_value, unraisable.err_msg,
          unraisable.object)


con.create_function("oops", 0, Callable("oops", lambda: 1 / 0))
con.create_aggregate("aggoops", 1, StepFails)
sqlite3.enable_callback_tracebacks(True)
sys.unraisablehook = hook
for sql in ("select oops()", "select aggoops(x) from t"):
    try:
        con.execute(sql)
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
con.set_trace_callback(Callable("trace", lambda sql: 1 / 0))
con.execute("select 'traced'")
con.set_trace_callback(None)
con.set_authorizer(Callable("authorizer", lambda *args: {}["missing"]))
try:
    con.execute("select 'authorized'")
except sqlite3.DatabaseError as e:
    print("DatabaseError:", e)
con.set_authorizer(None)
sys.unraisablehook = sys.__unraisablehook__
sys.stdout.flush()
try:
    con.execute("select oops()")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
sys.stderr.flush()
sqlite3.enable_callback_tracebacks(False)
try:
    con.execute("select oops()")
except sqlite3.OperationalError as e:
    print("quiet again:", e)
con.close()
