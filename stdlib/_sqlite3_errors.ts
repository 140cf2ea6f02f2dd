/**
 * The exceptions of _sqlite3 (PEP 249's hierarchy: Warning and Error under
 * Exception; InterfaceError and DatabaseError under Error; DataError,
 * OperationalError, IntegrityError, InternalError, ProgrammingError and
 * NotSupportedError under DatabaseError), the SQLITE_* constants CPython 3.11
 * exports, and the exception a failed SQLite call raises.
 *
 * As CPython's _pysqlite_seterror: the class comes from the primary result
 * code (sqlite3_errcode), the message from sqlite3_errmsg, and the exception
 * carries the extended code as `sqlite_errorcode` and its name (from the
 * table below, "unknown" for a code it lacks) as `sqlite_errorname`.
 * SQLITE_NOMEM raises MemoryError.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType, TypeFlag } from "../vm/objects/type.ts";
import { typeType } from "../vm/objects/core_types.ts";
import { ExceptionType, type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { strFromJs } from "../vm/objects/str_wide.ts";
import { callObject } from "../vm/runtime/call.ts";
import { setAttribute } from "../vm/runtime/attributes.ts";
import { errorMessage, RESULT_CODES, SQLITE, sqlite } from "./_sqlite3_native.ts";

/** A heap type, as PyErr_NewException("sqlite3.<name>", base) makes it. */
function exceptionType(name: string, base: PyType): PyType {
  return new PyType(
    typeType,
    name,
    [base],
    new Map<string, PyValue>([["__module__", "sqlite3"], ["__doc__", null]]),
    TypeFlag.HEAPTYPE | TypeFlag.BASETYPE,
  );
}

export const WarningType = exceptionType("Warning", ExceptionType.Exception);
export const ErrorType = exceptionType("Error", ExceptionType.Exception);
export const InterfaceErrorType = exceptionType("InterfaceError", ErrorType);
export const DatabaseErrorType = exceptionType("DatabaseError", ErrorType);
export const InternalErrorType = exceptionType("InternalError", DatabaseErrorType);
export const OperationalErrorType = exceptionType("OperationalError", DatabaseErrorType);
export const ProgrammingErrorType = exceptionType("ProgrammingError", DatabaseErrorType);
export const IntegrityErrorType = exceptionType("IntegrityError", DatabaseErrorType);
export const DataErrorType = exceptionType("DataError", DatabaseErrorType);
export const NotSupportedErrorType = exceptionType("NotSupportedError", DatabaseErrorType);

/** In the order CPython adds them to the module (and to each Connection). */
export const EXCEPTION_TYPES: readonly PyType[] = [
  WarningType,
  ErrorType,
  InterfaceErrorType,
  DatabaseErrorType,
  InternalErrorType,
  OperationalErrorType,
  ProgrammingErrorType,
  IntegrityErrorType,
  DataErrorType,
  NotSupportedErrorType,
];

/** An exception of one of the types above (or any class) with `message`. */
export function sqliteError(type: PyType, message: string): PyBaseException {
  return callObject(type, [strFromJs(message)], null) as PyBaseException;
}

export const programmingError = (message: string) => sqliteError(ProgrammingErrorType, message);
export const operationalError = (message: string) => sqliteError(OperationalErrorType, message);

/** The authorizer's action codes. */
export const AUTHORIZER_ACTIONS: Readonly<Record<string, number>> = {
  CREATE_INDEX: 1,
  CREATE_TABLE: 2,
  CREATE_TEMP_INDEX: 3,
  CREATE_TEMP_TABLE: 4,
  CREATE_TEMP_TRIGGER: 5,
  CREATE_TEMP_VIEW: 6,
  CREATE_TRIGGER: 7,
  CREATE_VIEW: 8,
  DELETE: 9,
  DROP_INDEX: 10,
  DROP_TABLE: 11,
  DROP_TEMP_INDEX: 12,
  DROP_TEMP_TABLE: 13,
  DROP_TEMP_TRIGGER: 14,
  DROP_TEMP_VIEW: 15,
  DROP_TRIGGER: 16,
  DROP_VIEW: 17,
  INSERT: 18,
  PRAGMA: 19,
  READ: 20,
  SELECT: 21,
  TRANSACTION: 22,
  UPDATE: 23,
  ATTACH: 24,
  DETACH: 25,
  ALTER_TABLE: 26,
  REINDEX: 27,
  ANALYZE: 28,
  CREATE_VTABLE: 29,
  DROP_VTABLE: 30,
  FUNCTION: 31,
  SAVEPOINT: 32,
  RECURSIVE: 33,
};

/** The authorizer's answers. */
export const AUTHORIZER_RESULTS: Readonly<Record<string, number>> = { DENY: 1, IGNORE: 2 };

/** The categories of sqlite3_limit. */
export const LIMIT_CATEGORIES: Readonly<Record<string, number>> = {
  LIMIT_LENGTH: 0,
  LIMIT_SQL_LENGTH: 1,
  LIMIT_COLUMN: 2,
  LIMIT_EXPR_DEPTH: 3,
  LIMIT_COMPOUND_SELECT: 4,
  LIMIT_VDBE_OP: 5,
  LIMIT_FUNCTION_ARG: 6,
  LIMIT_ATTACHED: 7,
  LIMIT_LIKE_PATTERN_LENGTH: 8,
  LIMIT_VARIABLE_NUMBER: 9,
  LIMIT_TRIGGER_DEPTH: 10,
  LIMIT_WORKER_THREADS: 11,
};

const ERROR_NAMES = new Map<number, string>(
  Object.entries(RESULT_CODES).map(([name, code]) => [code, `SQLITE_${name}`]),
);

/** get_exception_class: the class for a primary result code (null for SQLITE_OK). */
function exceptionClass(code: number): PyType | null {
  switch (code) {
    case SQLITE.OK:
      return null;
    case SQLITE.INTERNAL:
    case SQLITE.NOTFOUND:
      return InternalErrorType;
    case SQLITE.ERROR:
    case SQLITE.PERM:
    case SQLITE.ABORT:
    case SQLITE.BUSY:
    case SQLITE.LOCKED:
    case SQLITE.READONLY:
    case SQLITE.INTERRUPT:
    case SQLITE.IOERR:
    case SQLITE.FULL:
    case SQLITE.CANTOPEN:
    case SQLITE.PROTOCOL:
    case SQLITE.EMPTY:
    case SQLITE.SCHEMA:
      return OperationalErrorType;
    case SQLITE.CORRUPT:
      return DatabaseErrorType;
    case SQLITE.TOOBIG:
      return DataErrorType;
    case SQLITE.CONSTRAINT:
    case SQLITE.MISMATCH:
      return IntegrityErrorType;
    case SQLITE.MISUSE:
    case SQLITE.RANGE:
      return InterfaceErrorType;
    default:
      return DatabaseErrorType;
  }
}

/** An exception of `type` carrying the extended result code and its name. */
export function codedError(type: PyType, extended: number, message: string): PyBaseException {
  const error = sqliteError(type, message);
  setAttribute(error, "sqlite_errorcode", extended);
  setAttribute(error, "sqlite_errorname", ERROR_NAMES.get(extended) ?? "unknown");
  return error;
}

/**
 * _pysqlite_seterror: the exception for the connection's last error, or
 * null when its result code is SQLITE_OK (no error to raise).
 */
export function databaseError(db: Deno.PointerValue): PyBaseException | null {
  const code = sqlite.fn("sqlite3_errcode")(db);
  if (code === SQLITE.NOMEM) return pyError("MemoryError");
  const type = exceptionClass(code);
  if (type === null) return null;
  return codedError(type, sqlite.fn("sqlite3_extended_errcode")(db), errorMessage(db));
}

/** Throw the connection's last error, if it has one. */
export function throwDatabaseError(db: Deno.PointerValue): void {
  const error = databaseError(db);
  if (error !== null) throw error;
}

/** The module's SQLITE_* constants, name to value. */
export function sqliteConstants(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  for (const table of [RESULT_CODES, AUTHORIZER_ACTIONS, AUTHORIZER_RESULTS, LIMIT_CATEGORIES]) {
    for (const [name, value] of Object.entries(table)) out.push([`SQLITE_${name}`, value]);
  }
  return out;
}
