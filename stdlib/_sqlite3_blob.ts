/**
 * `sqlite3.Blob` (Connection.blobopen; CPython 3.11's blob.c): incremental
 * I/O on one BLOB value through sqlite3_blob_read/write, with a file-like
 * position (read, write, seek, tell), len(), indexing and slicing, and use
 * as a context manager. A blob is closed by close(), by leaving the `with`
 * block, or when its connection closes.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PySlice, sliceIndices } from "../vm/objects/slice.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { registerUninstantiable } from "../vm/runtime/call_type.ts";
import { binaryData } from "./binascii.ts";
import { OutPointers, SQLITE, sqlite } from "./_sqlite3_native.ts";
import {
  databaseError,
  InterfaceErrorType,
  programmingError,
  sqliteError,
} from "./_sqlite3_errors.ts";
import type { PySqliteConnection } from "./_sqlite3_connection.ts";

export const blobType = makeBuiltinType("Blob", undefined, { subclassable: false });
blobType.dict.set("__module__", "sqlite3");
registerUninstantiable(blobType);

export class PySqliteBlob extends PyObject {
  offset = 0;

  constructor(readonly connection: PySqliteConnection, public handle: Deno.PointerValue) {
    super(blobType);
  }

  close(): void {
    const handle = this.handle;
    if (handle !== null) {
      this.handle = null;
      this.connection.blobs.delete(this);
      sqlite.fn("sqlite3_blob_close")(handle);
    }
  }

  /** check_blob. */
  check(): Deno.PointerValue {
    this.connection.check();
    if (this.handle === null) throw programmingError("Cannot operate on a closed blob.");
    return this.handle;
  }

  get length(): number {
    return sqlite.fn("sqlite3_blob_bytes")(this.handle);
  }

  read(length: number, offset: number): Uint8Array {
    const out = new Uint8Array(Math.max(length, 1));
    const rc = sqlite.fn("sqlite3_blob_read")(this.handle, out, length, offset);
    if (rc !== SQLITE.OK) throw this.failure();
    return out.subarray(0, length);
  }

  write(data: Uint8Array, offset: number): void {
    if (data.length > this.length - offset) {
      throw pyError("ValueError", "data longer than blob length");
    }
    const copy = new Uint8Array(data.length + 1);
    copy.set(data);
    const rc = sqlite.fn("sqlite3_blob_write")(this.handle, copy, data.length, offset);
    if (rc !== SQLITE.OK) throw this.failure();
  }

  private failure() {
    return databaseError(this.connection.db) ?? programmingError("blob operation failed");
  }
}

/** Connection.blobopen: sqlite3_blob_open on `table`.`column` of rowid `row`. */
export function openBlob(
  connection: PySqliteConnection,
  db: Deno.PointerValue,
  table: Uint8Array,
  column: Uint8Array,
  row: number | bigint,
  readonly: boolean,
  name: Uint8Array,
): PySqliteBlob {
  const out = new OutPointers();
  const rc = sqlite.fn("sqlite3_blob_open")(
    db,
    name,
    table,
    column,
    BigInt(row),
    readonly ? 0 : 1,
    out.slot(0),
  );
  if (rc === SQLITE.MISUSE) {
    throw sqliteError(InterfaceErrorType, "bad parameter or other API misuse");
  }
  if (rc !== SQLITE.OK) {
    throw databaseError(db) ?? programmingError("unable to open blob");
  }
  const blob = new PySqliteBlob(connection, out.pointer(0));
  connection.blobs.add(blob);
  return blob;
}

/** The lowest and highest positions an extended slice touches. */
function sliceSpan(start: number, step: number, count: number): [number, number] {
  const last = start + (count - 1) * step;
  return step > 0 ? [start, last] : [last, start];
}

/** get_subscript_index. */
function itemIndex(self: PySqliteBlob, key: PyValue): number {
  const raw = indexValue(key);
  if (typeof raw === "bigint") {
    throw pyError("IndexError", "cannot fit 'int' into an index-sized integer");
  }
  const length = self.length;
  const index = raw < 0 ? raw + length : raw;
  if (index < 0 || index >= length) throw pyError("IndexError", "Blob index out of range");
  return index;
}

const isIndex = (key: PyValue) =>
  typeof key === "number" || typeof key === "bigint" || typeof key === "boolean" ||
  intOperand(key) !== undefined || typeOf(key).lookup("__index__") !== undefined;

function getItem(self: PySqliteBlob, key: PyValue): PyValue {
  self.check();
  if (isIndex(key)) return self.read(1, itemIndex(self, key))[0];
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, self.length);
    if (step === 1) return new PyBytes(self.read(count, start).slice());
    const out = new Uint8Array(count);
    if (count > 0) {
      const [low, high] = sliceSpan(start, step, count);
      const span = self.read(high - low + 1, low);
      for (let i = 0, at = start - low; i < count; i++, at += step) out[i] = span[at];
    }
    return new PyBytes(out);
  }
  throw pyError("TypeError", "Blob indices must be integers");
}

function setItem(self: PySqliteBlob, key: PyValue, value: PyValue | undefined): null {
  self.check();
  if (isIndex(key)) {
    if (value === undefined) throw pyError("TypeError", "Blob doesn't support item deletion");
    const integer = typeof value === "boolean" ? (value ? 1 : 0) : intOperand(value);
    if (integer === undefined) {
      throw pyError(
        "TypeError",
        `'${typeOf(value).tpName}' object cannot be interpreted as an integer`,
      );
    }
    const index = itemIndex(self, key);
    if (typeof integer === "bigint" || integer < 0 || integer > 255) {
      throw pyError("ValueError", "byte must be in range(0, 256)");
    }
    self.write(Uint8Array.of(integer), index);
    return null;
  }
  if (key instanceof PySlice) {
    if (value === undefined) throw pyError("TypeError", "Blob doesn't support slice deletion");
    const [start, , step, count] = sliceIndices(key, self.length);
    if (count === 0) return null;
    const data = binaryData(value);
    if (data.length !== count) {
      throw pyError("IndexError", "Blob slice assignment is wrong size");
    }
    if (step === 1) {
      self.write(data, start);
      return null;
    }
    const [low, high] = sliceSpan(start, step, count);
    const span = self.read(high - low + 1, low).slice();
    for (let i = 0, at = start - low; i < count; i++, at += step) span[at] = data[i];
    self.write(span, low);
    return null;
  }
  throw pyError("TypeError", "Blob indices must be integers");
}

defineNativeMethods(blobType, {
  close: ["", (self: PySqliteBlob) => {
    self.connection.check();
    self.close();
    return null;
  }, { doc: "Close the blob." }],
  read: ["length=-1, /", (self: PySqliteBlob, lengthArgument: PyValue) => {
    self.check();
    let length = asCInt(lengthArgument);
    const available = self.length - self.offset;
    if (length < 0 || length > available) length = available;
    if (length <= 0) return new PyBytes(new Uint8Array(0));
    const data = self.read(length, self.offset).slice();
    self.offset += length;
    return new PyBytes(data);
  }, { doc: "Read data at the current offset position." }],
  write: ["data, /", (self: PySqliteBlob, data: PyValue) => {
    const bytes = binaryData(data);
    self.check();
    self.write(bytes, self.offset);
    self.offset += bytes.length;
    return null;
  }, { doc: "Write data at the current offset." }],
  seek: [
    "offset, origin=0, /",
    (self: PySqliteBlob, offsetArgument: PyValue, originArgument: PyValue) => {
      let offset = asCInt(offsetArgument);
      const origin = asCInt(originArgument);
      self.check();
      const length = self.length;
      const INT_MAX = 2 ** 31 - 1;
      switch (origin) {
        case 0:
          break;
        case 1:
          if (offset > INT_MAX - self.offset) {
            throw pyError("OverflowError", "seek offset results in overflow");
          }
          offset += self.offset;
          break;
        case 2:
          if (offset > INT_MAX - length) {
            throw pyError("OverflowError", "seek offset results in overflow");
          }
          offset += length;
          break;
        default:
          throw pyError(
            "ValueError",
            "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END",
          );
      }
      if (offset < 0 || offset > length) throw pyError("ValueError", "offset out of blob range");
      self.offset = offset;
      return null;
    },
    { doc: "Set the current access position to offset." },
  ],
  tell: ["", (self: PySqliteBlob) => {
    self.check();
    return self.offset;
  }, { doc: "Return the current access position for the blob." }],
  __enter__: ["", (self: PySqliteBlob) => {
    self.check();
    return self;
  }, { doc: "Blob context manager enter." }],
  __exit__: ["type, val, tb, /", (self: PySqliteBlob) => {
    self.check();
    self.close();
    return false;
  }, { doc: "Blob context manager exit." }],
  __len__: ["", (self: PySqliteBlob) => {
    self.check();
    return self.length;
  }],
  __getitem__: ["key, /", getItem],
  __setitem__: [
    "key, value, /",
    (self: PySqliteBlob, key: PyValue, value: PyValue) => setItem(self, key, value),
  ],
  __delitem__: ["key, /", (self: PySqliteBlob, key: PyValue) => setItem(self, key, undefined)],
});
