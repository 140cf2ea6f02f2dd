/**
 * `_sqlite3` over the system libsqlite3 (Deno FFI; _sqlite3_native.ts), the
 * C half of CPython's sqlite3 package, whose pure-Python half (sqlite3/,
 * from the installed CPython 3.11 Lib) runs unmodified on it. Importing it
 * where libsqlite3 cannot be loaded raises ImportError naming the library.
 *
 * The parts, as in CPython's Modules/_sqlite:
 *   _sqlite3_native.ts      the library, its signatures and constants
 *   _sqlite3_errors.ts      exceptions, SQLITE_* constants, errors from result codes
 *   _sqlite3_convert.ts     parameters in, columns out, adapters and converters
 *   _sqlite3_statement.ts   prepared statements and the statement cache
 *   _sqlite3_connection.ts  Connection
 *   _sqlite3_cursor.ts      Cursor
 *   _sqlite3_row.ts         Row
 *   _sqlite3_blob.ts        Blob
 *   _sqlite3_callbacks.ts   user functions, aggregates, collations, trace,
 *                           authorizer and progress callbacks
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, strFromJs } from "../vm/objects/str_wide.ts";
import { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { floatType } from "../vm/objects/float.ts";
import { intType, strType } from "../vm/objects/core_types.ts";
import { bytearrayType } from "../vm/objects/bytearray.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { cString, readCString, SQLITE, sqlite } from "./_sqlite3_native.ts";
import { EXCEPTION_TYPES, operationalError, sqliteConstants } from "./_sqlite3_errors.ts";
import {
  adapt,
  moduleState,
  NO_ALTERNATIVE,
  prepareProtocolType,
  strArgument,
} from "./_sqlite3_convert.ts";
import { connectionType } from "./_sqlite3_connection.ts";
import { cursorType } from "./_sqlite3_cursor.ts";
import { rowType } from "./_sqlite3_row.ts";
import { blobType } from "./_sqlite3_blob.ts";

/** The position of `factory` among connect()'s parameters. */
const FACTORY_POSITION = 5;

/** module_connect: call the factory (Connection unless given) with all the arguments. */
function connect(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  let factory: PyValue = args.length > FACTORY_POSITION ? args[FACTORY_POSITION] : connectionType;
  if (kwargs.has("factory")) factory = kwargs.get("factory")!;
  const names = [...kwargs.keys()];
  return callObject(factory, [...args, ...kwargs.values()], names.length > 0 ? names : null);
}

function registerAdapter(type: PyValue, adapter: PyValue): null {
  if (type === intType || type === floatType || type === strType || type === bytearrayType) {
    moduleState.baseTypeAdapted = true;
  }
  moduleState.adapters.set(newTuple([type, prepareProtocolType]), adapter);
  return null;
}

function registerConverter(typename: PyValue, converter: PyValue): null {
  if (!isStr(typename) && !(typename instanceof PyBoxedStr)) {
    throw pyError(
      "TypeError",
      `register_converter() argument 1 must be str, not ${typeOf(typename).tpName}`,
    );
  }
  const name = callObject(getAttribute(typename, "upper"), [], null);
  moduleState.converters.set(name, converter);
  return null;
}

/** sqlite3_threadsafe() as DB-API's threadsafety level. */
function threadsafety(): number {
  switch (sqlite.fn("sqlite3_threadsafe")()) {
    case 0:
      return 0;
    case 2:
      return 1;
    default:
      return 3;
  }
}

export function createSqlite3Module(): PyModule {
  requireSystemLibrary("_sqlite3", "SQLite library", sqlite);
  const module = newModule("_sqlite3");
  addFunctions(module, {
    connect: ["*args, **kwargs", connect, {
      doc: "Opens a connection to the SQLite database file database.\n\n" +
        'You can use ":memory:" to open a database connection to a database that resides\n' +
        "in RAM instead of on disk.",
    }],
    complete_statement: ["statement", (statement: PyValue) => {
      const text = strArgument(statement, "complete_statement() argument 'statement'");
      return sqlite.fn("sqlite3_complete")(cString(text)) !== 0;
    }, { doc: "Checks if a string contains a complete SQL statement." }],
    enable_callback_tracebacks: ["enable, /", (enable: PyValue) => {
      moduleState.callbackTracebacks = asCInt(enable) !== 0;
      return null;
    }, { doc: "Enable or disable callback functions throwing errors to stderr." }],
    enable_shared_cache: ["do_enable", (enable: PyValue) => {
      if (sqlite.fn("sqlite3_enable_shared_cache")(asCInt(enable)) !== SQLITE.OK) {
        throw operationalError("Changing the shared_cache flag failed");
      }
      return null;
    }],
    register_adapter: ["type, adapter, /", registerAdapter, {
      doc: "Register a function to adapt Python objects to SQLite values.",
    }],
    register_converter: ["typename, converter, /", registerConverter, {
      doc: "Register a function to convert SQLite values to Python objects.",
    }],
    adapt: [
      "obj, proto=?, alt=?, /",
      (obj: PyValue, proto?: PyValue, alt?: PyValue) =>
        adapt(obj, proto ?? prepareProtocolType, alt === undefined ? NO_ALTERNATIVE : alt),
      { doc: "Adapt given object to given protocol." },
    ],
  });
  const values: Record<string, PyValue> = {
    PARSE_DECLTYPES: 1,
    PARSE_COLNAMES: 2,
    sqlite_version: strFromJs(readCString(sqlite.fn("sqlite3_libversion")()) ?? ""),
    version: "2.6.0",
    threadsafety: threadsafety(),
    adapters: moduleState.adapters,
    converters: moduleState.converters,
  };
  for (const type of [connectionType, cursorType, rowType, blobType, prepareProtocolType]) {
    values[type.name] = type;
  }
  for (const type of EXCEPTION_TYPES) values[type.name] = type;
  for (const [name, value] of sqliteConstants()) values[name] = value;
  addValues(module, values);
  return module;
}
