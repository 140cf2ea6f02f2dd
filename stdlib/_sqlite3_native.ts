/**
 * libsqlite3 (the library CPython's _sqlite3 links) through Deno's FFI: the
 * functions _sqlite3 calls, as one signature table bound lazily
 * (ffi/system_library.ts), the constants of sqlite3.h it needs, and the
 * helpers that move text and bytes across (NUL-terminated UTF-8 in, sized
 * UTF-8 and blobs out).
 *
 * Handles (sqlite3*, sqlite3_stmt*, sqlite3_blob*, sqlite3_context*,
 * sqlite3_value*) are opaque pointers. Out-parameters (the sqlite3** of
 * sqlite3_open_v2, the sqlite3_stmt** and tail of sqlite3_prepare_v2) are
 * written into `OutPointers`, buffers big enough to live outside V8's heap:
 * an authorizer or trace callback may run JS (and a garbage collection,
 * which moves small typed arrays) while SQLite still holds the address.
 * For the same reason a statement's SQL text is copied into such a buffer
 * before sqlite3_prepare_v2 reads it and hands back a tail pointer into it.
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";

const P = "pointer";
const F = "function";
const B = "buffer";

export const SQLITE_SYMBOLS = {
  sqlite3_libversion: { parameters: [], result: P },
  sqlite3_threadsafe: { parameters: [], result: "i32" },
  sqlite3_complete: { parameters: [B], result: "i32" },
  sqlite3_enable_shared_cache: { parameters: ["i32"], result: "i32" },
  sqlite3_open_v2: { parameters: [B, B, "i32", P], result: "i32" },
  sqlite3_close_v2: { parameters: [P], result: "i32" },
  sqlite3_errmsg: { parameters: [P], result: P },
  sqlite3_errcode: { parameters: [P], result: "i32" },
  sqlite3_errstr: { parameters: ["i32"], result: P },
  sqlite3_extended_errcode: { parameters: [P], result: "i32" },
  sqlite3_busy_timeout: { parameters: [P, "i32"], result: "i32" },
  sqlite3_limit: { parameters: [P, "i32", "i32"], result: "i32" },
  sqlite3_changes: { parameters: [P], result: "i32" },
  sqlite3_total_changes: { parameters: [P], result: "i32" },
  sqlite3_last_insert_rowid: { parameters: [P], result: "i64" },
  sqlite3_get_autocommit: { parameters: [P], result: "i32" },
  sqlite3_interrupt: { parameters: [P], result: "void" },
  sqlite3_next_stmt: { parameters: [P, P], result: P },
  sqlite3_prepare_v2: { parameters: [P, B, "i32", B, B], result: "i32" },
  sqlite3_step: { parameters: [P], result: "i32" },
  sqlite3_reset: { parameters: [P], result: "i32" },
  sqlite3_finalize: { parameters: [P], result: "i32" },
  sqlite3_stmt_readonly: { parameters: [P], result: "i32" },
  sqlite3_stmt_busy: { parameters: [P], result: "i32" },
  sqlite3_db_handle: { parameters: [P], result: P },
  sqlite3_expanded_sql: { parameters: [P], result: P },
  sqlite3_free: { parameters: [P], result: "void" },
  sqlite3_malloc64: { parameters: ["u64"], result: P },
  sqlite3_bind_parameter_count: { parameters: [P], result: "i32" },
  sqlite3_bind_parameter_name: { parameters: [P, "i32"], result: P },
  sqlite3_bind_null: { parameters: [P, "i32"], result: "i32" },
  sqlite3_bind_int64: { parameters: [P, "i32", "i64"], result: "i32" },
  sqlite3_bind_double: { parameters: [P, "i32", "f64"], result: "i32" },
  sqlite3_bind_text: { parameters: [P, "i32", B, "i32", "isize"], result: "i32" },
  sqlite3_bind_blob: { parameters: [P, "i32", B, "i32", "isize"], result: "i32" },
  sqlite3_column_count: { parameters: [P], result: "i32" },
  sqlite3_data_count: { parameters: [P], result: "i32" },
  sqlite3_column_name: { parameters: [P, "i32"], result: P },
  sqlite3_column_decltype: { parameters: [P, "i32"], result: P },
  sqlite3_column_type: { parameters: [P, "i32"], result: "i32" },
  sqlite3_column_int64: { parameters: [P, "i32"], result: "i64" },
  sqlite3_column_double: { parameters: [P, "i32"], result: "f64" },
  sqlite3_column_text: { parameters: [P, "i32"], result: P },
  sqlite3_column_blob: { parameters: [P, "i32"], result: P },
  sqlite3_column_bytes: { parameters: [P, "i32"], result: "i32" },
  sqlite3_create_function_v2: {
    parameters: [P, B, "i32", "i32", P, F, F, F, F],
    result: "i32",
  },
  sqlite3_create_window_function: {
    parameters: [P, B, "i32", "i32", P, F, F, F, F, F],
    result: "i32",
  },
  sqlite3_create_collation_v2: { parameters: [P, B, "i32", P, F, F], result: "i32" },
  sqlite3_user_data: { parameters: [P], result: P },
  sqlite3_aggregate_context: { parameters: [P, "i32"], result: P },
  sqlite3_value_type: { parameters: [P], result: "i32" },
  sqlite3_value_int64: { parameters: [P], result: "i64" },
  sqlite3_value_double: { parameters: [P], result: "f64" },
  sqlite3_value_text: { parameters: [P], result: P },
  sqlite3_value_blob: { parameters: [P], result: P },
  sqlite3_value_bytes: { parameters: [P], result: "i32" },
  sqlite3_result_null: { parameters: [P], result: "void" },
  sqlite3_result_int64: { parameters: [P, "i64"], result: "void" },
  sqlite3_result_double: { parameters: [P, "f64"], result: "void" },
  sqlite3_result_text: { parameters: [P, B, "i32", "isize"], result: "void" },
  sqlite3_result_blob: { parameters: [P, B, "i32", "isize"], result: "void" },
  sqlite3_result_error: { parameters: [P, B, "i32"], result: "void" },
  sqlite3_result_error_toobig: { parameters: [P], result: "void" },
  sqlite3_result_error_nomem: { parameters: [P], result: "void" },
  sqlite3_trace_v2: { parameters: [P, "u32", F, P], result: "i32" },
  sqlite3_set_authorizer: { parameters: [P, F, P], result: "i32" },
  sqlite3_progress_handler: { parameters: [P, "i32", F, P], result: "void" },
  sqlite3_enable_load_extension: { parameters: [P, "i32"], result: "i32" },
  sqlite3_load_extension: { parameters: [P, B, P, B], result: "i32" },
  sqlite3_blob_open: { parameters: [P, B, B, B, "i64", "i32", B], result: "i32" },
  sqlite3_blob_close: { parameters: [P], result: "i32" },
  sqlite3_blob_bytes: { parameters: [P], result: "i32" },
  sqlite3_blob_read: { parameters: [P, B, "i32", "i32"], result: "i32" },
  sqlite3_blob_write: { parameters: [P, B, "i32", "i32"], result: "i32" },
  sqlite3_backup_init: { parameters: [P, B, P, B], result: P },
  sqlite3_backup_step: { parameters: [P, "i32"], result: "i32" },
  sqlite3_backup_finish: { parameters: [P], result: "i32" },
  sqlite3_backup_remaining: { parameters: [P], result: "i32" },
  sqlite3_backup_pagecount: { parameters: [P], result: "i32" },
  sqlite3_sleep: { parameters: ["i32"], result: "i32" },
  sqlite3_serialize: { parameters: [P, B, B, "u32"], result: P },
  sqlite3_deserialize: { parameters: [P, B, P, "i64", "i64", "u32"], result: "i32" },
} as const satisfies Record<string, Deno.ForeignFunction>;

export const sqlite = new SystemLibrary(
  "libsqlite3.so.0",
  libraryCandidates("libsqlite3.so.0"),
  SQLITE_SYMBOLS,
);

/** Result codes, primary and extended, by name (sqlite_errorname and the module constants). */
export const RESULT_CODES = {
  OK: 0,
  ERROR: 1,
  INTERNAL: 2,
  PERM: 3,
  ABORT: 4,
  BUSY: 5,
  LOCKED: 6,
  NOMEM: 7,
  READONLY: 8,
  INTERRUPT: 9,
  IOERR: 10,
  CORRUPT: 11,
  NOTFOUND: 12,
  FULL: 13,
  CANTOPEN: 14,
  PROTOCOL: 15,
  EMPTY: 16,
  SCHEMA: 17,
  TOOBIG: 18,
  CONSTRAINT: 19,
  MISMATCH: 20,
  MISUSE: 21,
  NOLFS: 22,
  AUTH: 23,
  FORMAT: 24,
  RANGE: 25,
  NOTADB: 26,
  NOTICE: 27,
  WARNING: 28,
  ROW: 100,
  DONE: 101,
  OK_LOAD_PERMANENTLY: 256,
  ERROR_MISSING_COLLSEQ: 257,
  BUSY_RECOVERY: 261,
  LOCKED_SHAREDCACHE: 262,
  READONLY_RECOVERY: 264,
  IOERR_READ: 266,
  CORRUPT_VTAB: 267,
  CANTOPEN_NOTEMPDIR: 270,
  CONSTRAINT_CHECK: 275,
  AUTH_USER: 279,
  NOTICE_RECOVER_WAL: 283,
  WARNING_AUTOINDEX: 284,
  OK_SYMLINK: 512,
  ERROR_RETRY: 513,
  ABORT_ROLLBACK: 516,
  BUSY_SNAPSHOT: 517,
  LOCKED_VTAB: 518,
  READONLY_CANTLOCK: 520,
  IOERR_SHORT_READ: 522,
  CORRUPT_SEQUENCE: 523,
  CANTOPEN_ISDIR: 526,
  CONSTRAINT_COMMITHOOK: 531,
  NOTICE_RECOVER_ROLLBACK: 539,
  ERROR_SNAPSHOT: 769,
  BUSY_TIMEOUT: 773,
  READONLY_ROLLBACK: 776,
  IOERR_WRITE: 778,
  CORRUPT_INDEX: 779,
  CANTOPEN_FULLPATH: 782,
  CONSTRAINT_FOREIGNKEY: 787,
  READONLY_DBMOVED: 1032,
  IOERR_FSYNC: 1034,
  CANTOPEN_CONVPATH: 1038,
  CONSTRAINT_FUNCTION: 1043,
  READONLY_CANTINIT: 1288,
  IOERR_DIR_FSYNC: 1290,
  CANTOPEN_DIRTYWAL: 1294,
  CONSTRAINT_NOTNULL: 1299,
  READONLY_DIRECTORY: 1544,
  IOERR_TRUNCATE: 1546,
  CANTOPEN_SYMLINK: 1550,
  CONSTRAINT_PRIMARYKEY: 1555,
  IOERR_FSTAT: 1802,
  CONSTRAINT_TRIGGER: 1811,
  IOERR_UNLOCK: 2058,
  CONSTRAINT_UNIQUE: 2067,
  IOERR_RDLOCK: 2314,
  CONSTRAINT_VTAB: 2323,
  IOERR_DELETE: 2570,
  CONSTRAINT_ROWID: 2579,
  IOERR_BLOCKED: 2826,
  CONSTRAINT_PINNED: 2835,
  IOERR_NOMEM: 3082,
  IOERR_ACCESS: 3338,
  IOERR_CHECKRESERVEDLOCK: 3594,
  IOERR_LOCK: 3850,
  IOERR_CLOSE: 4106,
  IOERR_DIR_CLOSE: 4362,
  IOERR_SHMOPEN: 4618,
  IOERR_SHMSIZE: 4874,
  IOERR_SHMLOCK: 5130,
  IOERR_SHMMAP: 5386,
  IOERR_SEEK: 5642,
  IOERR_DELETE_NOENT: 5898,
  IOERR_MMAP: 6154,
  IOERR_GETTEMPPATH: 6410,
  IOERR_CONVPATH: 6666,
  IOERR_VNODE: 6922,
  IOERR_AUTH: 7178,
  IOERR_BEGIN_ATOMIC: 7434,
  IOERR_COMMIT_ATOMIC: 7690,
  IOERR_ROLLBACK_ATOMIC: 7946,
  IOERR_DATA: 8202,
  IOERR_CORRUPTFS: 8458,
} as const;

/** The other constants of sqlite3.h the module uses, with the result codes. */
export const SQLITE = {
  ...RESULT_CODES,
  INTEGER: 1,
  FLOAT: 2,
  TEXT: 3,
  BLOB: 4,
  NULL: 5,
  OPEN_READONLY: 0x1,
  OPEN_READWRITE: 0x2,
  OPEN_CREATE: 0x4,
  OPEN_URI: 0x40,
  UTF8: 1,
  DETERMINISTIC: 0x800,
  TRACE_STMT: 1,
  LIMIT_LENGTH: 0,
  LIMIT_SQL_LENGTH: 1,
  DENY: 1,
  SERIALIZE_NOCOPY: 1,
  DESERIALIZE_FREEONCLOSE: 1,
  DESERIALIZE_RESIZEABLE: 2,
} as const;

/** SQLITE_TRANSIENT: SQLite copies the text or blob before the call returns. */
export const TRANSIENT = -1n;

/** What V8 keeps inside its heap (and may move) is at most 64 bytes; this stays outside. */
const OFF_HEAP = 128;

/** Room for out-parameters (sqlite3**, sqlite3_stmt**, const char**), off V8's heap. */
export class OutPointers {
  private readonly words = new BigUint64Array(OFF_HEAP / 8);
  readonly bytes = new Uint8Array(this.words.buffer);

  /** The `index`th word as an 8-byte buffer to pass as a `T**` argument. */
  slot(index: number): Uint8Array {
    return this.bytes.subarray(index * 8, index * 8 + 8);
  }

  pointer(index: number): Deno.PointerValue {
    const value = this.words[index];
    return value === 0n ? null : Deno.UnsafePointer.create(value);
  }

  address(index: number): bigint {
    return this.words[index];
  }
}

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF, as CPython's UTF-8 decoder does.
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** `bytes` followed by a NUL, in a buffer outside V8's heap. */
export function stableCString(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.max(bytes.length + 1, OFF_HEAP));
  out.set(bytes);
  return out;
}

/**
 * A JS string as a NUL-terminated UTF-8 buffer outside V8's heap: SQLite
 * may still read a name or SQL text after calling back into JS (a replaced
 * function's destructor, the authorizer while it parses).
 */
export function cString(text: string): Uint8Array<ArrayBuffer> {
  return stableCString(encoder.encode(text));
}

/** The NUL-terminated UTF-8 string at `pointer`, or null for NULL. */
export function readCString(pointer: Deno.PointerValue): string | null {
  return pointer === null ? null : Deno.UnsafePointerView.getCString(pointer);
}

/** The NUL-terminated bytes at `pointer` (a copy). */
export function readCBytes(pointer: Deno.PointerValue): Uint8Array {
  if (pointer === null) return new Uint8Array(0);
  const view = new Deno.UnsafePointerView(pointer);
  let length = 0;
  while (view.getUint8(length) !== 0) length++;
  return readBytes(pointer, length);
}

/** `length` bytes at `pointer` (a copy). */
export function readBytes(pointer: Deno.PointerValue, length: number): Uint8Array {
  const out = new Uint8Array(length);
  if (pointer !== null && length > 0) Deno.UnsafePointerView.copyInto(pointer, out);
  return out;
}

/** Where text is copied to be decoded (reused: decoding copies it again into a string). */
let scratch = new Uint8Array(1024);

/** Longer text is copied into a buffer of its own. */
const MAX_SCRATCH = 1 << 20;

/** Strings up to this many bytes are decoded by hand when they are ASCII. */
const SHORT_TEXT = 64;

/**
 * `length` bytes at `pointer` decoded as UTF-8; null when they are not valid
 * UTF-8. Copying into a reused buffer is much cheaper than a view of the C
 * memory (a new external ArrayBuffer per value), and short ASCII text (most
 * column values) skips TextDecoder.
 */
export function readUtf8(pointer: Deno.PointerValue, length: number): string | null {
  if (pointer === null || length === 0) return "";
  if (length > scratch.length && length <= MAX_SCRATCH) {
    scratch = new Uint8Array(Math.max(length, scratch.length * 2));
  }
  const bytes = length <= scratch.length ? scratch.subarray(0, length) : new Uint8Array(length);
  Deno.UnsafePointerView.copyInto(pointer, bytes);
  if (length <= SHORT_TEXT) {
    let text = "";
    let i = 0;
    for (; i < length; i++) {
      const byte = bytes[i];
      if (byte >= 0x80) break;
      text += String.fromCharCode(byte);
    }
    if (i === length) return text;
  }
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/** A JS number from an i64 result (SQLite's rowids and integers), exact when safe. */
export function int64Value(value: number | bigint): number | bigint {
  if (typeof value === "number") return value;
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}

/** `sqlite3_errmsg(db)`. */
export function errorMessage(db: Deno.PointerValue): string {
  return readCString(sqlite.fn("sqlite3_errmsg")(db)) ?? "out of memory";
}
