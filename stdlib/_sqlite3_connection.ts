/**
 * `sqlite3.Connection`: one open SQLite database (sqlite3_open_v2, with URI
 * filenames when `uri=True`), as CPython 3.11's connection.c.
 *
 * Transactions follow 3.11's implicit scheme: with `isolation_level` a
 * string ("" by default, or DEFERRED, IMMEDIATE, EXCLUSIVE), the cursor
 * issues `BEGIN <level>` before an INSERT, UPDATE, DELETE or REPLACE when
 * SQLite is in autocommit mode; commit() and rollback() end it; None turns
 * the implicit BEGIN off (and commits).
 *
 * close() finalizes every statement the connection prepared, closes its
 * blobs, forgets its callback contexts and calls sqlite3_close_v2. A
 * connection never closed stays open until the process ends (a Python
 * program is one long event-loop task, during which finalizers do not run).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType, strType } from "../vm/objects/core_types.ts";
import { type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { PyBoxedStr, unboxStr } from "../vm/objects/str_boxed.ts";
import { asCInt, asInteger } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { defineMembers } from "../vm/objects/member.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import {
  registerConstructor,
  registerInitializer,
  registerUninstantiable,
} from "../vm/runtime/call_type.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { toDouble } from "./math_real.ts";
import { fsConverter } from "./posix_path.ts";
import { binaryData } from "./binascii.ts";
import { cString, OutPointers, readBytes, readCString, SQLITE, sqlite } from "./_sqlite3_native.ts";
import {
  databaseError,
  DatabaseErrorType,
  DataErrorType,
  ErrorType,
  IntegrityErrorType,
  InterfaceErrorType,
  InternalErrorType,
  NotSupportedErrorType,
  operationalError,
  OperationalErrorType,
  programmingError,
  ProgrammingErrorType,
  throwDatabaseError,
  WarningType,
} from "./_sqlite3_errors.ts";
import { type Statement, StatementCache } from "./_sqlite3_statement.ts";
import {
  type CallbackOwner,
  callbackPointer,
  dropContext,
  newContext,
} from "./_sqlite3_callbacks.ts";
import { int64Of, strArgument } from "./_sqlite3_convert.ts";
import { cursorType, executeQuery, PySqliteCursor } from "./_sqlite3_cursor.ts";
import { openBlob, type PySqliteBlob } from "./_sqlite3_blob.ts";

export const connectionType = makeBuiltinType("Connection");
connectionType.dict.set("__module__", "sqlite3");
connectionType.dict.set("__doc__", "SQLite database connection object.");

/** The levels isolation_level accepts (case-insensitively), as CPython stores them. */
const ISOLATION_LEVELS = ["", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"];

export class PySqliteConnection extends PyObject implements CallbackOwner {
  /** The sqlite3*; null before __init__ and after close(). */
  db: Deno.PointerValue = null;
  initialized = false;
  /** null: no implicit transactions (isolation_level None). */
  isolationLevel: string | null = "";
  detectTypes = 0;
  rowFactory: PyValue = null;
  textFactory: PyValue = strType;
  statements: StatementCache | null = null;
  pendingError: PyBaseException | null = null;
  /** The contexts of the trace callback, authorizer and progress handler. */
  traceContext: Deno.PointerValue = null;
  authorizerContext: Deno.PointerValue = null;
  progressContext: Deno.PointerValue = null;
  readonly blobs = new Set<PySqliteBlob>();

  constructor(cls: PyType = connectionType) {
    super(cls);
  }

  /** pysqlite_check_connection. */
  check(): Deno.PointerValue {
    if (!this.initialized) throw programmingError("Base Connection.__init__ not called.");
    if (this.db === null) throw programmingError("Cannot operate on a closed database.");
    return this.db;
  }

  /** A statement for `sql` no cursor is using: from the cache, or prepared. */
  statement(sql: PyStr | PyBoxedStr): Statement {
    return this.statements!.take(sql, toJsString(unboxStr(sql) as PyStr));
  }

  /** A statement prepared for this call only. */
  freshStatement(sql: PyStr | PyBoxedStr): Statement {
    return this.statements!.prepare(sql);
  }

  /** Run one statement of SQL text that needs no parameters (BEGIN, COMMIT, ...). */
  run(sql: string): void {
    const db = this.check();
    const out = new OutPointers();
    const text = cString(sql);
    let rc = sqlite.fn("sqlite3_prepare_v2")(db, text, -1, out.slot(0), null);
    if (rc !== SQLITE.OK) {
      throwDatabaseError(db);
      return;
    }
    const handle = out.pointer(0);
    rc = sqlite.fn("sqlite3_step")(handle);
    const error = rc === SQLITE.DONE || rc === SQLITE.ROW ? null : databaseError(db);
    const finalized = sqlite.fn("sqlite3_finalize")(handle);
    if (error !== null) throw error;
    if (finalized !== SQLITE.OK) throwDatabaseError(db);
  }

  /** BEGIN <isolation level> (begin_transaction). */
  begin(): void {
    this.run(`BEGIN ${this.isolationLevel}`);
  }

  inTransaction(): boolean {
    return sqlite.fn("sqlite3_get_autocommit")(this.check()) === 0;
  }

  commit(): void {
    if (this.inTransaction()) this.run("COMMIT");
  }

  rollback(): void {
    if (this.inTransaction()) this.run("ROLLBACK");
  }

  /** connection_close: finalize, forget the callbacks, close the database. */
  close(): void {
    for (const blob of [...this.blobs]) blob.close();
    const db = this.db;
    if (db === null) return;
    this.statements?.finalizeAll();
    this.statements = null;
    this.db = null;
    sqlite.fn("sqlite3_close_v2")(db);
    for (const context of [this.traceContext, this.authorizerContext, this.progressContext]) {
      dropContext(context);
    }
    this.traceContext = this.authorizerContext = this.progressContext = null;
  }
}

function asConnection(self: PyValue): PySqliteConnection {
  return self as PySqliteConnection;
}

/** The connection's open database (the checks of most methods). */
function openDb(self: PyValue): Deno.PointerValue {
  return asConnection(self).check();
}

/** isolation_level_converter: the canonical level for a str, or a TypeError/ValueError. */
function isolationLevelOf(value: PyValue): string {
  if (!isStr(value) && !(value instanceof PyBoxedStr)) {
    throw pyError("TypeError", "isolation_level must be str or None");
  }
  const text = toJsString(unboxStr(value) as PyStr).toUpperCase();
  const level = ISOLATION_LEVELS.find((candidate) => candidate === text);
  if (level === undefined || /[\u0080-\uffff]/.test(toJsString(unboxStr(value) as PyStr))) {
    throw pyError(
      "ValueError",
      "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'",
    );
  }
  return level;
}

function setIsolationLevel(self: PySqliteConnection, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("AttributeError", "cannot delete attribute");
  if (value === null) {
    self.isolationLevel = null;
    self.check();
    self.commit();
    return;
  }
  self.isolationLevel = isolationLevelOf(value);
}

const initSignature = parseSignature(
  "database, timeout=?, detect_types=0, isolation_level=?, check_same_thread=True, " +
    "factory=?, cached_statements=128, uri=False",
);

/** pysqlite_connection_init. */
function initialize(
  self: PySqliteConnection,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
) {
  const [database, timeout, detectTypes, isolationLevel, checkSameThread, , cachedStatements, uri] =
    bindArguments(initSignature, "Connection", args, kwnames) as PyValue[];
  const path = fsConverter(database);
  const timeoutSeconds = timeout === undefined ? 5.0 : toDouble(timeout);
  const detect = asCInt(detectTypes);
  asCInt(checkSameThread);
  const cacheSize = asCInt(cachedStatements);
  const flags = SQLITE.OPEN_READWRITE | SQLITE.OPEN_CREATE | (isTrue(uri) ? SQLITE.OPEN_URI : 0);

  if (self.db !== null) self.close();
  self.initialized = false;
  self.rowFactory = null;
  self.textFactory = strType;

  const out = new OutPointers();
  const name = new Uint8Array(Math.max(path.length + 1, 128));
  name.set(path);
  const rc = sqlite.fn("sqlite3_open_v2")(name, out.slot(0), flags, null);
  const db = out.pointer(0);
  if (rc !== SQLITE.OK) {
    const error = db === null ? pyError("MemoryError") : databaseError(db);
    if (db !== null) sqlite.fn("sqlite3_close_v2")(db);
    throw error ?? operationalError("unable to open database file");
  }
  self.db = db;
  self.statements = new StatementCache(() => self.db, cacheSize);
  try {
    if (isolationLevel === undefined) self.isolationLevel = "";
    else if (isolationLevel === null) self.isolationLevel = null;
    else self.isolationLevel = isolationLevelOf(isolationLevel);
  } catch (error) {
    self.close();
    throw error;
  }
  self.detectTypes = detect;
  sqlite.fn("sqlite3_busy_timeout")(db, Math.trunc(timeoutSeconds * 1000));
  self.initialized = true;
}

registerConstructor(connectionType, (cls) => new PySqliteConnection(cls));
registerInitializer(connectionType, (self, args, kwnames) => {
  initialize(asConnection(self), args, kwnames);
});

/** Connection.cursor(factory=Cursor). */
export function connectionCursor(self: PySqliteConnection, factory?: PyValue): PySqliteCursor {
  self.check();
  const cursor = callObject(factory ?? cursorType, [self], null);
  if (!(cursor instanceof PySqliteCursor)) {
    throw pyError("TypeError", `factory must return a cursor, not ${typeOf(cursor).tpName}`);
  }
  if (self.rowFactory !== null) cursor.rowFactory = self.rowFactory;
  return cursor;
}

function sqlText(value: PyValue, method: string): PyStr | PyBoxedStr {
  if (!isStr(value) && !(value instanceof PyBoxedStr)) {
    throw pyError("TypeError", `${method}() argument 1 must be str, not ${typeOf(value).tpName}`);
  }
  return value;
}

/** A name argument (str, UTF-8, no NUL) as a C string. */
function nameArgument(value: PyValue, what: string): Uint8Array {
  const text = strArgument(value, what);
  if (text.includes("\0")) throw pyError("ValueError", "embedded null character");
  return cString(text);
}

const isCallable = (value: PyValue) =>
  value instanceof PyType || typeOf(value).lookup("__call__") !== undefined;

/**
 * sqlite3_create_function_v2 with `callable` behind the given callbacks
 * (a scalar function's, or an aggregate's step and final); SQLite gives no
 * message when it refuses, so `failure` is CPython's.
 */
function registerFunction(
  self: PySqliteConnection,
  name: Uint8Array,
  narg: number,
  flags: number,
  callable: PyValue,
  kind: "function" | "aggregate",
): null {
  const db = self.check();
  const scalar = kind === "function";
  const rc = sqlite.fn("sqlite3_create_function_v2")(
    db,
    name,
    narg,
    flags,
    newContext(callable, self),
    scalar ? callbackPointer("function") : null,
    scalar ? null : callbackPointer("step"),
    scalar ? null : callbackPointer("final"),
    callbackPointer("destroy"),
  );
  if (rc !== SQLITE.OK) {
    throw operationalError(scalar ? "Error creating function" : "Error creating aggregate");
  }
  return null;
}

function createFunction(
  self: PySqliteConnection,
  name: PyValue,
  narg: PyValue,
  func: PyValue,
  deterministic: PyValue,
): null {
  self.check();
  const cName = nameArgument(name, "create_function() argument 'name'");
  const count = asCInt(narg);
  const flags = SQLITE.UTF8 | (asCInt(deterministic) !== 0 ? SQLITE.DETERMINISTIC : 0);
  return registerFunction(self, cName, count, flags, func, "function");
}

function createAggregate(
  self: PySqliteConnection,
  name: PyValue,
  narg: PyValue,
  aggregateClass: PyValue,
): null {
  self.check();
  const cName = nameArgument(name, "create_aggregate() argument 'name'");
  return registerFunction(self, cName, asCInt(narg), SQLITE.UTF8, aggregateClass, "aggregate");
}

function createWindowFunction(
  self: PySqliteConnection,
  name: PyValue,
  numParams: PyValue,
  aggregateClass: PyValue,
): null {
  const db = self.check();
  const cName = nameArgument(name, "create_window_function() argument 1");
  const count = asCInt(numParams);
  const create = sqlite.fn("sqlite3_create_window_function");
  const rc = aggregateClass === null
    ? create(db, cName, count, SQLITE.UTF8, null, null, null, null, null, null)
    : create(
      db,
      cName,
      count,
      SQLITE.UTF8,
      newContext(aggregateClass, self),
      callbackPointer("step"),
      callbackPointer("final"),
      callbackPointer("value"),
      callbackPointer("inverse"),
      callbackPointer("destroy"),
    );
  if (rc !== SQLITE.OK) {
    // SQLite has called the destructor; it leaves no message on the connection.
    throw programmingError(readCString(sqlite.fn("sqlite3_errstr")(rc)) ?? "unknown error");
  }
  return null;
}

function createCollation(self: PySqliteConnection, name: PyValue, callable: PyValue): null {
  const db = self.check();
  const cName = nameArgument(name, "create_collation() argument 1");
  if (callable !== null && !isCallable(callable)) {
    throw pyError("TypeError", "parameter must be callable");
  }
  const create = sqlite.fn("sqlite3_create_collation_v2");
  let context: Deno.PointerValue = null;
  let rc: number;
  if (callable === null) rc = create(db, cName, SQLITE.UTF8, null, null, null);
  else {
    context = newContext(callable, self);
    rc = create(
      db,
      cName,
      SQLITE.UTF8,
      context,
      callbackPointer("collation"),
      callbackPointer("destroy"),
    );
  }
  if (rc !== SQLITE.OK) {
    dropContext(context); // the destructor is not called when registration fails
    throwDatabaseError(db);
  }
  return null;
}

function setTraceCallback(self: PySqliteConnection, callable: PyValue): null {
  const db = self.check();
  const context = callable === null ? null : newContext(callable, self);
  sqlite.fn("sqlite3_trace_v2")(
    db,
    SQLITE.TRACE_STMT,
    context === null ? null : callbackPointer("trace"),
    context,
  );
  dropContext(self.traceContext);
  self.traceContext = context;
  return null;
}

function setAuthorizer(self: PySqliteConnection, callable: PyValue): null {
  const db = self.check();
  const context = callable === null ? null : newContext(callable, self);
  const rc = sqlite.fn("sqlite3_set_authorizer")(
    db,
    context === null ? null : callbackPointer("authorizer"),
    context,
  );
  dropContext(self.authorizerContext);
  self.authorizerContext = null;
  if (rc !== SQLITE.OK) {
    dropContext(context);
    throw operationalError("Error setting authorizer callback");
  }
  self.authorizerContext = context;
  return null;
}

function setProgressHandler(self: PySqliteConnection, callable: PyValue, n: PyValue): null {
  const db = self.check();
  const steps = asCInt(n);
  const context = callable === null ? null : newContext(callable, self);
  sqlite.fn("sqlite3_progress_handler")(
    db,
    steps,
    context === null ? null : callbackPointer("progress"),
    context,
  );
  dropContext(self.progressContext);
  self.progressContext = context;
  return null;
}

function setLimit(self: PySqliteConnection, category: PyValue, limit: PyValue): number {
  const db = self.check();
  const old = sqlite.fn("sqlite3_limit")(db, asCInt(category), asCInt(limit));
  if (old < 0) throw programmingError("'category' is out of bounds");
  return old;
}

function execute(
  self: PySqliteConnection,
  method: "execute" | "executemany",
  sql: PyValue,
  parameters: PyValue | undefined,
): PyValue {
  const text = sqlText(sql, method);
  const cursor = connectionCursor(self);
  return executeQuery(cursor, method === "executemany", text, parameters);
}

function backup(
  self: PySqliteConnection,
  target: PyValue,
  pages: PyValue,
  progress: PyValue,
  name: PyValue,
  sleep: PyValue | undefined,
): null {
  const db = self.check();
  if (!(target instanceof PySqliteConnection)) {
    throw pyError(
      "TypeError",
      `backup() argument 'target' must be sqlite3.Connection, not ${typeOf(target).tpName}`,
    );
  }
  let pageCount = asCInt(pages);
  const schema = nameArgument(name, "backup() argument 'name'");
  const sleepMs = Math.trunc((sleep === undefined ? 0.25 : toDouble(sleep)) * 1000);
  const targetDb = target.check();
  if (target === self) {
    throw pyError("ValueError", "target cannot be the same connection instance");
  }
  if (progress !== null && !isCallable(progress)) {
    throw pyError("TypeError", "progress argument must be a callable");
  }
  if (pageCount === 0) pageCount = -1;
  const handle = sqlite.fn("sqlite3_backup_init")(targetDb, cString("main"), db, schema);
  if (handle === null) {
    throwDatabaseError(targetDb);
    return null;
  }
  let rc: number;
  do {
    rc = sqlite.fn("sqlite3_backup_step")(handle, pageCount);
    if (progress !== null) {
      const remaining = sqlite.fn("sqlite3_backup_remaining")(handle);
      const total = sqlite.fn("sqlite3_backup_pagecount")(handle);
      try {
        callObject(progress, [rc, remaining, total], null);
      } catch (error) {
        sqlite.fn("sqlite3_backup_finish")(handle);
        throw error;
      }
    }
    if (rc === SQLITE.BUSY || rc === SQLITE.LOCKED) sqlite.fn("sqlite3_sleep")(sleepMs);
  } while (rc === SQLITE.OK || rc === SQLITE.BUSY || rc === SQLITE.LOCKED);
  if (sqlite.fn("sqlite3_backup_finish")(handle) !== SQLITE.OK) throwDatabaseError(targetDb);
  return null;
}

function serialize(self: PySqliteConnection, name: PyValue): PyBytes {
  const db = self.check();
  const schemaName = strArgument(name, "serialize() argument 'name'");
  const schema = nameArgument(name, "serialize() argument 'name'");
  const out = new OutPointers();
  let copied = false;
  let data = sqlite.fn("sqlite3_serialize")(db, schema, out.slot(0), SQLITE.SERIALIZE_NOCOPY);
  if (data === null) {
    copied = true;
    data = sqlite.fn("sqlite3_serialize")(db, schema, out.slot(0), 0);
  }
  if (data === null) throw operationalError(`unable to serialize '${schemaName}'`);
  const bytes = readBytes(data, Number(out.address(0)));
  if (copied) sqlite.fn("sqlite3_free")(data);
  return new PyBytes(bytes);
}

function deserialize(self: PySqliteConnection, data: PyValue, name: PyValue): null {
  const db = self.check();
  const bytes = binaryData(data);
  const schema = nameArgument(name, "deserialize() argument 'name'");
  const buffer = sqlite.fn("sqlite3_malloc64")(BigInt(bytes.length));
  if (buffer === null) throw pyError("MemoryError");
  if (bytes.length > 0) {
    new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(buffer, bytes.length)).set(bytes);
  }
  const rc = sqlite.fn("sqlite3_deserialize")(
    db,
    schema,
    buffer,
    BigInt(bytes.length),
    BigInt(bytes.length),
    SQLITE.DESERIALIZE_FREEONCLOSE | SQLITE.DESERIALIZE_RESIZEABLE,
  );
  if (rc !== SQLITE.OK) throwDatabaseError(db);
  return null;
}

function loadExtension(self: PySqliteConnection, name: PyValue): null {
  const db = self.check();
  const file = nameArgument(name, "load_extension() argument");
  const out = new OutPointers();
  const rc = sqlite.fn("sqlite3_load_extension")(db, file, null, out.slot(0));
  if (rc !== SQLITE.OK) {
    const message = out.pointer(0);
    const text = readCString(message) ?? "";
    if (message !== null) sqlite.fn("sqlite3_free")(message);
    throw operationalError(text);
  }
  return null;
}

/** `sqlite3.Statement`: what calling a connection returns (a prepared statement). */
export const statementType = makeBuiltinType("Statement", undefined, { subclassable: false });
statementType.dict.set("__module__", "sqlite3");
registerUninstantiable(statementType);

class PySqliteStatement extends PyObject {
  constructor(readonly statement: Statement) {
    super(statementType);
  }
}

defineNativeMethods(connectionType, {
  cursor: ["factory=?", connectionCursor, { doc: "Return a cursor for the connection." }],
  close: ["", (self: PySqliteConnection) => {
    if (!self.initialized) throw programmingError("Base Connection.__init__ not called.");
    self.close();
    return null;
  }, { doc: "Close the database connection." }],
  commit: ["", (self: PySqliteConnection) => {
    self.check();
    self.commit();
    return null;
  }, { doc: "Commit the current transaction." }],
  rollback: ["", (self: PySqliteConnection) => {
    self.check();
    self.rollback();
    return null;
  }, { doc: "Roll back the current transaction." }],
  create_function: [
    "name, narg, func, *, deterministic=False",
    createFunction,
    { doc: "Creates a new function." },
  ],
  create_aggregate: [
    "name, n_arg, aggregate_class",
    createAggregate,
    { doc: "Creates a new aggregate." },
  ],
  create_window_function: [
    "name, num_params, aggregate_class, /",
    createWindowFunction,
    { doc: "Creates or redefines an aggregate window function. Non-standard." },
  ],
  create_collation: [
    "name, callback, /",
    createCollation,
    { doc: "Creates a collation function." },
  ],
  set_authorizer: ["authorizer_callback", setAuthorizer, { doc: "Sets authorizer callback." }],
  set_progress_handler: [
    "progress_handler, n",
    setProgressHandler,
    { doc: "Sets progress handler callback." },
  ],
  set_trace_callback: [
    "trace_callback",
    setTraceCallback,
    { doc: "Sets a trace callback called for each SQL statement (passed as unicode)." },
  ],
  enable_load_extension: ["enable, /", (self: PySqliteConnection, enable: PyValue) => {
    const db = self.check();
    const rc = sqlite.fn("sqlite3_enable_load_extension")(db, asCInt(enable));
    if (rc !== SQLITE.OK) throw operationalError("Error enabling load extension");
    return null;
  }, { doc: "Enable dynamic loading of SQLite extension modules." }],
  load_extension: ["name, /", loadExtension, { doc: "Load SQLite extension module." }],
  execute: [
    "sql, parameters=?, /",
    (self: PySqliteConnection, sql: PyValue, parameters?: PyValue) =>
      execute(self, "execute", sql, parameters),
    { doc: "Executes an SQL statement." },
  ],
  executemany: [
    "sql, parameters, /",
    (self: PySqliteConnection, sql: PyValue, parameters: PyValue) =>
      execute(self, "executemany", sql, parameters),
    { doc: "Repeatedly executes an SQL statement." },
  ],
  executescript: ["sql_script, /", (self: PySqliteConnection, script: PyValue) => {
    const cursor = connectionCursor(self);
    return callObject(getAttribute(cursor, "executescript"), [script], null);
  }, { doc: "Executes multiple SQL statements at once." }],
  interrupt: ["", (self: PySqliteConnection) => {
    sqlite.fn("sqlite3_interrupt")(self.check());
    return null;
  }, { doc: "Abort any pending database operation." }],
  iterdump: ["", (self: PySqliteConnection) => {
    self.check();
    const dump = importAbsolute("sqlite3.dump");
    return callObject(getAttribute(dump, "_iterdump"), [self], null);
  }, { doc: "Returns iterator to the dump of the database in an SQL text format." }],
  backup: [
    "target, *, pages=-1, progress=None, name='main', sleep=?",
    backup,
    { doc: "Makes a backup of the database." },
  ],
  serialize: ["*, name='main'", serialize, { doc: "Serialize a database into a byte string." }],
  deserialize: [
    "data, /, *, name='main'",
    deserialize,
    { doc: "Load a serialized database." },
  ],
  setlimit: ["category, limit, /", setLimit, { doc: "Set connection run-time limits." }],
  getlimit: [
    "category, /",
    (self: PySqliteConnection, category: PyValue) => setLimit(self, category, -1),
    { doc: "Get connection run-time limits." },
  ],
  blobopen: [
    "table, column, row, /, *, readonly=False, name='main'",
    (
      self: PySqliteConnection,
      table: PyValue,
      column: PyValue,
      row: PyValue,
      readonly: PyValue,
      name: PyValue,
    ) => {
      const db = self.check();
      return openBlob(
        self,
        db,
        nameArgument(table, "blobopen() argument 1"),
        nameArgument(column, "blobopen() argument 2"),
        int64Of(asInteger(row)),
        isTrue(readonly),
        nameArgument(name, "blobopen() argument 'name'"),
      );
    },
    { doc: "Open and return a BLOB object." },
  ],
  __enter__: ["", (self: PySqliteConnection) => self, {
    doc: "Called when the connection is used as a context manager.",
  }],
  __exit__: [
    "type, value, traceback, /",
    (self: PySqliteConnection, type: PyValue, value: PyValue, traceback: PyValue) => {
      self.check();
      if (type === null && value === null && traceback === null) {
        try {
          self.commit();
        } catch (error) {
          // Commit failed: roll back to unlock the database, and raise the commit's error.
          self.rollback();
          throw error;
        }
      } else self.rollback();
      return false;
    },
    { doc: "Called when the connection is used as a context manager." },
  ],
  __call__: ["*args, **kwargs", (
    self: PySqliteConnection,
    args: PyValue[],
    kwargs: Map<string, PyValue>,
  ) => {
    self.check();
    if (kwargs.size > 0) {
      throw pyError("TypeError", "sqlite3.Connection() takes no keyword arguments");
    }
    if (args.length !== 1) {
      throw pyError("TypeError", `function takes exactly 1 argument (${args.length} given)`);
    }
    const sql = args[0];
    if (!isStr(sql) && !(sql instanceof PyBoxedStr)) {
      throw pyError("TypeError", `argument 1 must be str, not ${typeOf(sql).tpName}`);
    }
    return new PySqliteStatement(self.freshStatement(sql));
  }],
});

defineGetSets(connectionType, {
  isolation_level: [(self: PySqliteConnection) => {
    self.check();
    return self.isolationLevel;
  }, (self: PySqliteConnection, value) => setIsolationLevel(self, value)],
  total_changes: [(self: PySqliteConnection) => sqlite.fn("sqlite3_total_changes")(openDb(self))],
  in_transaction: [(self: PySqliteConnection) => self.inTransaction()],
});

const EXCEPTION_MEMBERS: [string, PyType][] = [
  ["Warning", WarningType],
  ["Error", ErrorType],
  ["InterfaceError", InterfaceErrorType],
  ["DatabaseError", DatabaseErrorType],
  ["DataError", DataErrorType],
  ["OperationalError", OperationalErrorType],
  ["IntegrityError", IntegrityErrorType],
  ["InternalError", InternalErrorType],
  ["ProgrammingError", ProgrammingErrorType],
  ["NotSupportedError", NotSupportedErrorType],
];

defineMembers(connectionType, {
  ...Object.fromEntries(EXCEPTION_MEMBERS.map(([name, type]) => [name, [() => type]])),
  row_factory: [
    (self: PySqliteConnection) => self.rowFactory,
    (self: PySqliteConnection, value) => self.rowFactory = value ?? null,
  ],
  text_factory: [
    (self: PySqliteConnection) => self.textFactory,
    (self: PySqliteConnection, value) => self.textFactory = value ?? null,
  ],
});
