/**
 * `sqlite3.Cursor`, as CPython 3.11's cursor.c: execute/executemany bind
 * and step a (cached) statement, executescript runs a script statement by
 * statement, and the fetch methods and iteration read rows.
 *
 * Rows are read one ahead, as in CPython: execute() steps the statement
 * once, and each fetch converts the row SQLite holds, then steps again (at
 * SQLITE_DONE the statement is reset, and the next fetch finds no data and
 * lets the statement go). So a fetch sees changes made since the previous
 * step, exactly where CPython would.
 *
 * With detect_types, execute() builds the cursor's converters for the
 * statement's columns (CPython's row_cast_map): from the column name's
 * "[type]" (PARSE_COLNAMES), then from the declared type up to the first
 * blank or "(" (PARSE_DECLTYPES), looked up upper-cased in
 * `sqlite3.converters`.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { isStr, type PyStr, strFromJs } from "../vm/objects/str_wide.ts";
import { PyBoxedStr, unboxStr } from "../vm/objects/str_boxed.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineMembers } from "../vm/objects/member.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { slotOf } from "../vm/runtime/slots.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import {
  int64Value,
  OutPointers,
  readCString,
  SQLITE,
  sqlite,
  stableCString,
} from "./_sqlite3_native.ts";
import {
  databaseError,
  DataErrorType,
  OperationalErrorType,
  programmingError,
  sqliteError,
  throwDatabaseError,
} from "./_sqlite3_errors.ts";
import { bindParameters, columnValue, convertedColumn, converterFor } from "./_sqlite3_convert.ts";
import type { Statement, StatementHolder } from "./_sqlite3_statement.ts";
import { PySqliteConnection } from "./_sqlite3_connection.ts";

export const cursorType = makeBuiltinType("Cursor");
cursorType.dict.set("__module__", "sqlite3");
cursorType.dict.set("__doc__", "SQLite database cursor class.");

const PARSE_DECLTYPES = 1;
const PARSE_COLNAMES = 2;

export class PySqliteCursor extends PyObject implements StatementHolder {
  connection: PySqliteConnection | null = null;
  initialized = false;
  closed = false;
  /** Inside execute()/executemany() (a user function may not use the cursor then). */
  locked = false;
  statement: Statement | null = null;
  description: PyValue = null;
  rowcount = -1;
  lastrowid: PyValue = null;
  arraysize = 1;
  rowFactory: PyValue = null;
  /** The converter of each column (None for none), when the connection detects types. */
  castMap: PyValue[] | null = null;

  constructor(cls: PyType = cursorType) {
    super(cls);
  }

  /** check_cursor: the cursor's connection, if the cursor may be used. */
  check(): PySqliteConnection {
    if (!this.initialized) throw programmingError("Base Cursor.__init__ not called.");
    if (this.closed) throw programmingError("Cannot operate on a closed cursor.");
    if (this.locked) throw programmingError("Recursive use of cursors not allowed.");
    this.connection!.check();
    return this.connection!;
  }

  /** Hold `statement` (or nothing), letting the previous one go. */
  setStatement(statement: Statement | null): void {
    if (statement !== null) statement.holders.add(this);
    const previous = this.statement;
    this.statement = statement;
    if (previous !== null && previous !== statement) previous.release(this);
  }
}

function asCursor(self: PyValue): PySqliteCursor {
  return self as PySqliteCursor;
}

/** _pysqlite_build_column_name: with PARSE_COLNAMES, the name before " [type]". */
function columnName(connection: PySqliteConnection, name: string): PyValue {
  if (connection.detectTypes & PARSE_COLNAMES) {
    const bracket = name.indexOf("[");
    if (bracket >= 0) {
      const end = bracket > 0 && name[bracket - 1] === " " ? bracket - 1 : bracket;
      return strFromJs(name.slice(0, end));
    }
  }
  return strFromJs(name);
}

/** pysqlite_build_row_cast_map. */
function buildCastMap(
  cursor: PySqliteCursor,
  connection: PySqliteConnection,
  stmt: Deno.PointerValue,
) {
  if (!connection.detectTypes) return;
  cursor.castMap = [];
  const count = sqlite.fn("sqlite3_column_count")(stmt);
  for (let i = 0; i < count; i++) {
    let converter: PyValue | undefined;
    if (connection.detectTypes & PARSE_COLNAMES) {
      const name = readCString(sqlite.fn("sqlite3_column_name")(stmt, i));
      if (name === null) throw pyError("MemoryError");
      let start = -1;
      for (let at = 0; at < name.length; at++) {
        if (name[at] === "[") start = at + 1;
        else if (name[at] === "]" && start >= 0) {
          converter = converterFor(name.slice(start, at));
          break;
        }
      }
    }
    if (converter === undefined && connection.detectTypes & PARSE_DECLTYPES) {
      const declared = readCString(sqlite.fn("sqlite3_column_decltype")(stmt, i));
      if (declared !== null) {
        const end = declared.search(/[ (]/);
        converter = converterFor(end < 0 ? declared : declared.slice(0, end));
      }
    }
    cursor.castMap.push(converter ?? null);
  }
}

/** _pysqlite_fetch_one_row: the current row as a tuple. */
function fetchOneRow(
  cursor: PySqliteCursor,
  connection: PySqliteConnection,
  stmt: Deno.PointerValue,
): PyTuple {
  const count = sqlite.fn("sqlite3_data_count")(stmt);
  const values = new Array<PyValue>(count);
  const castMap = connection.detectTypes ? cursor.castMap : null;
  const factory = connection.textFactory;
  for (let i = 0; i < count; i++) {
    const converter = castMap !== null && i < castMap.length ? castMap[i] : null;
    values[i] = converter !== null
      ? convertedColumn(stmt, i, converter)
      : columnValue(stmt, i, factory);
  }
  return newTuple(values);
}

/** Raise a collation's exception that SQLite could not pass on. */
function raisePending(connection: PySqliteConnection): void {
  const error = connection.pendingError;
  if (error !== null) {
    connection.pendingError = null;
    throw error;
  }
}

/** The parameter sets of execute() (one) or executemany() (an iterator's). */
function parameterSets(
  multiple: boolean,
  argument: PyValue | undefined,
): () => PyValue | undefined {
  if (!multiple) {
    let done = false;
    return () => {
      if (done) return undefined;
      done = true;
      return argument ?? newTuple([]);
    };
  }
  const iterator = slotOf(typeOf(argument!), "__next__") !== undefined
    ? argument!
    : getIterator(argument!);
  return () => nextOrUndefined(iterator);
}

/** The cursor's statement for `sql` (none when it cannot be prepared). */
function takeStatement(
  cursor: PySqliteCursor,
  connection: PySqliteConnection,
  sql: PyStr | PyBoxedStr,
): Statement {
  let statement: Statement;
  try {
    statement = connection.statement(sql);
  } catch (error) {
    cursor.setStatement(null);
    throw error;
  }
  cursor.setStatement(statement);
  return statement;
}

/** _pysqlite_query_execute. */
export function executeQuery(
  cursor: PySqliteCursor,
  multiple: boolean,
  sql: PyStr | PyBoxedStr,
  argument: PyValue | undefined,
): PySqliteCursor {
  const connection = cursor.check();
  cursor.locked = true;
  try {
    const next = parameterSets(multiple, argument);
    cursor.statement?.reset();
    cursor.description = null;
    cursor.rowcount = 0;
    const statement = takeStatement(cursor, connection, sql);
    const db = connection.db;
    if (multiple && sqlite.fn("sqlite3_stmt_readonly")(statement.handle) !== 0) {
      throw programmingError("executemany() can only execute DML statements.");
    }
    statement.reset();
    statement.inUse = true;
    if (
      connection.isolationLevel !== null && statement.isDml &&
      sqlite.fn("sqlite3_get_autocommit")(db) !== 0
    ) {
      connection.begin();
    }
    for (let parameters = next(); parameters !== undefined; parameters = next()) {
      statement.inUse = true;
      const handle = statement.handle;
      bindParameters(handle, parameters);
      if (handle === null) {
        // Empty SQL (blanks and comments): nothing to run, as CPython's failed step.
        cursor.rowcount = -1;
        cursor.setStatement(null);
        return cursor;
      }
      const rc = statement.step();
      if (rc !== SQLITE.ROW && rc !== SQLITE.DONE) {
        connection.pendingError = null;
        statement.reset();
        throwDatabaseError(db);
        throw sqliteError(OperationalErrorType, "unknown error");
      }
      raisePending(connection);
      try {
        buildCastMap(cursor, connection, handle);
      } catch (error) {
        const wrapped = sqliteError(OperationalErrorType, "Error while building row_cast_map");
        if (error instanceof PyBaseException) {
          wrapped.cause = error;
          wrapped.suppressContext = true;
        }
        throw wrapped;
      }
      const columns = sqlite.fn("sqlite3_column_count")(handle);
      if (cursor.description === null && columns > 0) {
        const description: PyValue[] = [];
        for (let i = 0; i < columns; i++) {
          const name = readCString(sqlite.fn("sqlite3_column_name")(handle, i));
          if (name === null) throw pyError("MemoryError");
          description.push(
            newTuple([columnName(connection, name), null, null, null, null, null, null]),
          );
        }
        cursor.description = newTuple(description);
      }
      if (statement.isDml) cursor.rowcount += sqlite.fn("sqlite3_changes")(db);
      else cursor.rowcount = -1;
      if (rc === SQLITE.DONE && !multiple) {
        statement.reset();
        cursor.setStatement(null);
      }
      if (multiple) statement.reset();
    }
    if (!multiple) {
      cursor.lastrowid = int64Value(sqlite.fn("sqlite3_last_insert_rowid")(db));
    }
    return cursor;
  } catch (error) {
    cursor.rowcount = -1;
    throw error;
  } finally {
    cursor.locked = false;
  }
}

function sqlArgument(value: PyValue, method: string): PyStr | PyBoxedStr {
  if (!isStr(value) && !(value instanceof PyBoxedStr)) {
    throw pyError("TypeError", `${method}() argument 1 must be str, not ${typeOf(value).tpName}`);
  }
  return value;
}

/** Cursor.executescript: COMMIT if a transaction is open, then every statement in turn. */
function executeScript(self: PySqliteCursor, script: PyValue): PySqliteCursor {
  const connection = self.check();
  if (!isStr(script) && !(script instanceof PyBoxedStr)) {
    throw pyError(
      "TypeError",
      `executescript() argument must be str, not ${typeOf(script).tpName}`,
    );
  }
  const text = unboxStr(script) as PyStr;
  const bytes = typeof text === "string"
    ? new TextEncoder().encode(text)
    : strEncode(text, "utf-8", "strict").bytes;
  if (bytes.includes(0)) throw pyError("ValueError", "embedded null character");
  const db = connection.db;
  if (bytes.length > sqlite.fn("sqlite3_limit")(db, SQLITE.LIMIT_SQL_LENGTH, -1)) {
    throw sqliteError(DataErrorType, "query string is too large");
  }
  if (sqlite.fn("sqlite3_get_autocommit")(db) === 0) connection.run("COMMIT");
  const buffer = stableCString(bytes);
  const base = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer)));
  const out = new OutPointers();
  let offset = 0;
  for (;;) {
    const rest = buffer.subarray(offset);
    let rc = sqlite.fn("sqlite3_prepare_v2")(
      db,
      rest,
      bytes.length - offset + 1,
      out.slot(0),
      out.slot(1),
    );
    if (rc === SQLITE.OK) {
      const handle = out.pointer(0);
      if (handle !== null) {
        do rc = sqlite.fn("sqlite3_step")(handle); while (rc === SQLITE.ROW);
        rc = sqlite.fn("sqlite3_finalize")(handle);
      }
    }
    if (rc !== SQLITE.OK) {
      throwDatabaseError(db);
      throw sqliteError(OperationalErrorType, "unknown error");
    }
    offset = Number(out.address(1) - base);
    if (offset >= bytes.length) break;
  }
  return self;
}

/** pysqlite_cursor_iternext: the next row, or undefined at the end. */
function nextRow(self: PySqliteCursor): PyValue | undefined {
  const connection = self.check();
  const statement = self.statement;
  if (statement === null) return undefined;
  const handle = statement.handle;
  if (handle === null || sqlite.fn("sqlite3_data_count")(handle) === 0) {
    statement.reset();
    self.setStatement(null);
    return undefined;
  }
  let row: PyValue = fetchOneRow(self, connection, handle);
  const rc = statement.step();
  if (rc === SQLITE.DONE) statement.reset();
  else if (rc !== SQLITE.ROW) {
    connection.pendingError = null;
    throw databaseError(connection.db) ?? sqliteError(OperationalErrorType, "unknown error");
  }
  raisePending(connection);
  if (self.rowFactory !== null) row = callObject(self.rowFactory, [self, row], null);
  return row;
}

function fetchMany(self: PySqliteCursor, size?: PyValue): PyList {
  const maxRows = size === undefined ? self.arraysize : asCInt(size);
  const rows: PyValue[] = [];
  let counter = 0;
  for (
    let row = nextRow(self);
    row !== undefined;
    row = counter === maxRows ? undefined : nextRow(self)
  ) {
    rows.push(row);
    counter++;
  }
  return new PyList(rows);
}

const initSignature = parseSignature("connection, /", "positional");

registerConstructor(cursorType, (cls) => new PySqliteCursor(cls));
registerInitializer(cursorType, (self, args, kwnames) => {
  const [connection] = bindArguments(initSignature, "Cursor", args, kwnames) as PyValue[];
  if (!(connection instanceof PySqliteConnection)) {
    throw pyError(
      "TypeError",
      `Cursor() argument 1 must be sqlite3.Connection, not ${typeOf(connection).tpName}`,
    );
  }
  const cursor = asCursor(self);
  cursor.connection = connection;
  cursor.setStatement(null);
  cursor.castMap = null;
  cursor.description = null;
  cursor.lastrowid = null;
  cursor.arraysize = 1;
  cursor.closed = false;
  cursor.rowcount = -1;
  cursor.rowFactory = null;
  cursor.initialized = true;
});

defineNativeMethods(cursorType, {
  execute: [
    "sql, parameters=?, /",
    (self: PySqliteCursor, sql: PyValue, parameters?: PyValue) =>
      executeQuery(self, false, sqlArgument(sql, "execute"), parameters),
    {
      doc: "Executes an SQL statement.",
    },
  ],
  executemany: [
    "sql, seq_of_parameters, /",
    (self: PySqliteCursor, sql: PyValue, parameters: PyValue) =>
      executeQuery(self, true, sqlArgument(sql, "executemany"), parameters),
    { doc: "Repeatedly executes an SQL statement." },
  ],
  executescript: ["sql_script, /", executeScript, {
    doc: "Executes multiple SQL statements at once.",
  }],
  fetchone: ["", (self: PySqliteCursor) => nextRow(self) ?? null, {
    doc: "Fetches one row from the resultset.",
  }],
  fetchmany: ["size=?", fetchMany, { doc: "Fetches several rows from the resultset." }],
  fetchall: ["", (self: PySqliteCursor) => {
    const rows: PyValue[] = [];
    for (let row = nextRow(self); row !== undefined; row = nextRow(self)) rows.push(row);
    return new PyList(rows);
  }, { doc: "Fetches all rows from the resultset." }],
  setinputsizes: ["sizes, /", () => null, { doc: "Required by DB-API. Does nothing in sqlite3." }],
  setoutputsize: ["size, column=None, /", () => null, {
    doc: "Required by DB-API. Does nothing in sqlite3.",
  }],
  close: ["", (self: PySqliteCursor) => {
    if (self.connection === null) throw programmingError("Base Cursor.__init__ not called.");
    self.connection.check();
    if (self.statement !== null) {
      self.statement.reset();
      self.setStatement(null);
    }
    self.closed = true;
    return null;
  }, { doc: "Closes the cursor." }],
  __iter__: ["", (self: PySqliteCursor) => self],
  __next__: ["", (self: PySqliteCursor) => {
    const row = nextRow(self);
    if (row === undefined) throw pyError("StopIteration");
    return row;
  }],
});

defineMembers(cursorType, {
  connection: [(self: PySqliteCursor) => self.connection],
  description: [(self: PySqliteCursor) => self.description],
  arraysize: [
    (self: PySqliteCursor) => self.arraysize,
    (self: PySqliteCursor, value) => {
      if (value === undefined) throw pyError("TypeError", "can't delete numeric/char attribute");
      self.arraysize = asCInt(value);
    },
  ],
  lastrowid: [(self: PySqliteCursor) => self.lastrowid],
  rowcount: [(self: PySqliteCursor) => self.rowcount],
  row_factory: [
    (self: PySqliteCursor) => self.rowFactory,
    (self: PySqliteCursor, value) => self.rowFactory = value ?? null,
  ],
});
